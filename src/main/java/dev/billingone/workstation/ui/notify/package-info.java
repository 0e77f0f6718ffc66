/**
 * Shows what {@code dev.billingone.workstation.notify} decides: ControlsFX notifications inside the app, the
 * system tray where the OS has one, and the event × delivery settings matrix. A click opens the notification's
 * link through the same router as {@code billingone://} links.
 */
package dev.billingone.workstation.ui.notify;
