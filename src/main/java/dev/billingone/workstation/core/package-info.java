/** Value types and error families shared by every feature: money, periods, who is acting. Depends on nothing of ours. */
package dev.billingone.workstation.core;
