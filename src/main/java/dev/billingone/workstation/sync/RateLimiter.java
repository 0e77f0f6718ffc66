package dev.billingone.workstation.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import okhttp3.Headers;

/**
 * One per (system, tenant): keeps our calls inside the documented limits so the remote system never has to
 * refuse us, and listens to what it tells us (remaining-calls headers, {@code Retry-After}). Callers take a
 * {@link Permit} per HTTP request and close it when the response has arrived.
 *
 * <p>The minute window is sliding (the timestamps of recent calls), concurrency is a counter, and the day
 * budget is the lower of our own count and the remote's {@code X-DayLimit-Remaining}. A day budget that is used
 * up throws {@link RateLimitExhaustedException} with the time to resume, instead of sending calls that would fail.
 */
public final class RateLimiter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final String name;
    private final RateLimits limits;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Deque<Instant> windowCalls = new ArrayDeque<>();
    private final Deque<Instant> dayCalls = new ArrayDeque<>();
    private int inFlight;
    private Instant blockedUntil = Instant.EPOCH;
    private Integer remoteMinuteRemaining;
    private Integer remoteDayRemaining;
    private Instant remoteDayReset;

    public RateLimiter(String name, RateLimits limits, Clock clock, Sleeper sleeper) {
        this.name = name;
        this.limits = limits;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** A taken slot for one request; closing it frees the concurrency slot. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /** Waits until a call is allowed, then counts it. */
    public Permit acquire() throws InterruptedException {
        while (true) {
            Duration wait;
            synchronized (this) {
                wait = waitNeeded(clock.instant());
                if (wait.isZero()) {
                    Instant now = clock.instant();
                    windowCalls.addLast(now);
                    dayCalls.addLast(now);
                    inFlight++;
                    if (remoteMinuteRemaining != null) {
                        remoteMinuteRemaining--;
                    }
                    if (remoteDayRemaining != null) {
                        remoteDayRemaining--;
                    }
                    return () -> release(now);
                }
            }
            sleeper.sleep(wait);
        }
    }

    /**
     * Re-stamps the call with the moment it completed: the remote counted it somewhere between send and answer,
     * so timing the window from the send would let the next call in a few milliseconds early and earn a 429.
     */
    private synchronized void release(Instant started) {
        if (windowCalls.removeFirstOccurrence(started)) {
            windowCalls.addLast(clock.instant());
        }
        inFlight--;
        notifyAll();
    }

    private Duration waitNeeded(Instant now) {
        forgetOld(now);
        checkDayBudget(now);
        if (now.isBefore(blockedUntil)) {
            return Duration.between(now, blockedUntil);
        }
        if (limits.perWindow() > 0 && windowCalls.size() >= limits.perWindow()) {
            return Duration.between(now, windowCalls.peekFirst().plus(limits.window()));
        }
        if (remoteMinuteRemaining != null && remoteMinuteRemaining <= 0 && !windowCalls.isEmpty()) {
            return Duration.between(now, windowCalls.peekFirst().plus(limits.window()));
        }
        if (limits.concurrent() > 0 && inFlight >= limits.concurrent()) {
            return Duration.ofMillis(5);
        }
        return Duration.ZERO;
    }

    private void forgetOld(Instant now) {
        while (!windowCalls.isEmpty() && !windowCalls.peekFirst().plus(limits.window()).isAfter(now)) {
            windowCalls.removeFirst();
        }
        if (windowCalls.isEmpty()) {
            remoteMinuteRemaining = null;
        }
        while (!dayCalls.isEmpty() && !dayCalls.peekFirst().plus(limits.day()).isAfter(now)) {
            dayCalls.removeFirst();
        }
        if (remoteDayReset != null && !remoteDayReset.isAfter(now)) {
            remoteDayRemaining = null;
            remoteDayReset = null;
        }
    }

    private void checkDayBudget(Instant now) {
        boolean ownCountFull = limits.perDay() > 0 && dayCalls.size() >= limits.perDay();
        boolean remoteSaysNone = remoteDayRemaining != null && remoteDayRemaining <= 0;
        if (ownCountFull || remoteSaysNone) {
            Instant resume = remoteDayReset != null ? remoteDayReset
                    : dayCalls.isEmpty() ? now.plus(limits.day()) : dayCalls.peekFirst().plus(limits.day());
            throw new RateLimitExhaustedException(name + "'s daily call limit for this organisation is used up"
                    + (limits.perDay() > 0 ? " (" + limits.perDay() + " calls a day)" : "")
                    + ". Stopped early so nothing is refused; sync again after " + TIME.format(resume) + ".", resume);
        }
    }

    /**
     * Reads what the remote system says about our budget. A 429 with {@code Retry-After} blocks every caller of
     * this limiter until then; {@code X-Rate-Limit-Problem: day} turns into an exhausted day budget.
     */
    public synchronized void observe(int status, Headers headers) {
        Instant now = clock.instant();
        Integer minute = intHeader(headers, "X-MinLimit-Remaining");
        if (minute != null) {
            remoteMinuteRemaining = minute;
        }
        Integer day = intHeader(headers, "X-DayLimit-Remaining");
        if (day != null) {
            remoteDayRemaining = day;
        }
        Integer app = intHeader(headers, "X-AppMinLimit-Remaining");
        if (app != null && app <= 0) {
            blockedUntil = later(blockedUntil, now.plus(limits.window()));
        }
        if (status == 429) {
            Duration retryAfter = retryAfter(headers);
            Instant until = now.plus(retryAfter);
            String problem = headers.get("X-Rate-Limit-Problem");
            if (problem != null && problem.toLowerCase().startsWith("day")) {
                remoteDayRemaining = 0;
                remoteDayReset = until;
            } else {
                blockedUntil = later(blockedUntil, until);
            }
        }
    }

    /** {@code Retry-After} in seconds; 60 s when the server gives none (QBO's advice). */
    static Duration retryAfter(Headers headers) {
        Integer seconds = intHeader(headers, "Retry-After");
        return Duration.ofSeconds(seconds == null ? 60 : Math.max(0, seconds));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Integer intHeader(Headers headers, String header) {
        String value = headers.get(header);
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** What is left right now, for the Sync screen. */
    public synchronized Budget budget() {
        Instant now = clock.instant();
        forgetOld(now);
        int minuteLeft = limits.perWindow() == 0 ? -1 : limits.perWindow() - windowCalls.size();
        if (remoteMinuteRemaining != null) {
            minuteLeft = minuteLeft < 0 ? remoteMinuteRemaining : Math.min(minuteLeft, remoteMinuteRemaining);
        }
        int dayLeft = limits.perDay() == 0 ? -1 : limits.perDay() - dayCalls.size();
        if (remoteDayRemaining != null) {
            dayLeft = dayLeft < 0 ? remoteDayRemaining : Math.min(dayLeft, remoteDayRemaining);
        }
        return new Budget(minuteLeft, dayLeft, now.isBefore(blockedUntil) ? blockedUntil : null);
    }

    /** Calls left in the current minute and day (-1 = no such limit), and until when we are held back (or null). */
    public record Budget(int minuteRemaining, int dayRemaining, Instant blockedUntil) {
        public String describe() {
            StringBuilder text = new StringBuilder();
            text.append(minuteRemaining < 0 ? "no minute limit" : minuteRemaining + " calls left this minute");
            if (dayRemaining >= 0) {
                text.append(", ").append(dayRemaining).append(" today");
            }
            if (blockedUntil != null) {
                text.append(", waiting until ").append(TIME.format(blockedUntil));
            }
            return text.toString();
        }
    }
}
