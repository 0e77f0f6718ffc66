/**
 * Desktop notifications, decided headless: which events happened since the last check (new missed billing above a
 * threshold, drafts ready, an integration that needs signing in again), and how the user wants each delivered
 * (in the app, in the system tray, or not at all). The UI only shows what this package returns.
 */
package dev.billingone.workstation.notify;
