package dev.billingone.workstation.ui.common;

import dev.billingone.workstation.app.Workstation;
import dev.billingone.workstation.notify.NewsCheck;
import dev.billingone.workstation.ui.shell.Section;
import dev.billingone.workstation.ui.shell.ViewContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A view context for testing one screen without the main window: background failures are collected, not shown. */
public final class TestViewContext implements ViewContext {
    private final Workstation workstation;
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final Background background = new Background(failures::add);
    private final AtomicInteger newsChecks = new AtomicInteger();

    public TestViewContext(Workstation workstation) {
        this.workstation = workstation;
    }

    @Override
    public Workstation workstation() {
        return workstation;
    }

    @Override
    public Background background() {
        return background;
    }

    @Override
    public void navigate(Section section, Map<String, String> parameters) {
    }

    @Override
    public void dataChanged() {
    }

    @Override
    public NewsCheck news() {
        return newsChecks::incrementAndGet;
    }

    /** How often a screen asked the app to look for news (after a sync). */
    public int newsChecks() {
        return newsChecks.get();
    }

    public List<Throwable> failures() {
        return failures;
    }
}
