/** The demo organisation: realistic, deterministic data (same seed → same data) with the problems the product finds. */
package dev.billingone.workstation.demo;
