package dev.billingone.workstation.ui.notify;

import dev.billingone.workstation.notify.NotificationWatch;
import dev.billingone.workstation.ui.common.Background;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Asks the watch what happened (a sync finished, generation made drafts, a token expired) every minute and right
 * after the app itself changed data, and shows each finding once.
 */
public final class NotificationPoller {
    private final NotificationWatch watch;
    private final Background background;
    private final DesktopNotifier notifier;
    private final Timeline timeline;

    public NotificationPoller(NotificationWatch watch, Background background, DesktopNotifier notifier) {
        this.watch = watch;
        this.background = background;
        this.notifier = notifier;
        this.timeline = new Timeline(new KeyFrame(Duration.minutes(1), e -> checkNow()));
        this.timeline.setCycleCount(Timeline.INDEFINITE);
    }

    public void start() {
        timeline.play();
    }

    public void checkNow() {
        background.run("Checking for news", watch::check, found -> found.forEach(notifier::show));
    }

    public void stop() {
        timeline.stop();
        notifier.close();
    }
}
