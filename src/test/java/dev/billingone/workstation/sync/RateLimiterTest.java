package dev.billingone.workstation.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** The limiter on a fake clock: sleeping advances time, so every wait is exact and the test takes no real time. */
class RateLimiterTest {
    private final FakeTime time = new FakeTime(Instant.parse("2026-11-02T10:00:00Z"));

    private RateLimiter limiter(RateLimits limits) {
        return new RateLimiter("Xero", limits, time, time);
    }

    @Test
    void theSixtyFirstCallOfAMinuteWaitsForTheWindow() throws Exception {
        RateLimiter limiter = limiter(RateLimits.XERO);
        for (int i = 0; i < 60; i++) {
            limiter.acquire().close();
        }
        assertThat(time.slept).isEmpty();
        assertThat(limiter.budget().minuteRemaining()).isZero();

        limiter.acquire().close();

        assertThat(time.slept).containsExactly(Duration.ofMinutes(1));
    }

    @Test
    void stopsBeforeTheDayLimitWithAResumeTime() throws Exception {
        RateLimiter limiter = limiter(new RateLimits(0, Duration.ofMinutes(1), 0, 3, Duration.ofDays(1)));
        for (int i = 0; i < 3; i++) {
            limiter.acquire().close();
        }

        assertThatThrownBy(limiter::acquire).isInstanceOf(RateLimitExhaustedException.class)
                .hasMessageContaining("daily call limit").hasMessageContaining("2026-11-03 10:00 UTC")
                .satisfies(e -> assertThat(((RateLimitExhaustedException) e).resumeAt()).isEqualTo(Instant.parse("2026-11-03T10:00:00Z")));
    }

    @Test
    void believesTheRemoteDayRemainingHeader() throws Exception {
        RateLimiter limiter = limiter(RateLimits.XERO);
        limiter.acquire().close();
        limiter.observe(200, Headers.of("X-DayLimit-Remaining", "1", "X-MinLimit-Remaining", "59"));
        limiter.acquire().close();

        assertThat(limiter.budget().dayRemaining()).isZero();
        assertThatThrownBy(limiter::acquire).isInstanceOf(RateLimitExhaustedException.class);
    }

    @Test
    void aMinuteRemainingOfZeroWaitsForTheWindowEvenBeforeOurOwnCountIsFull() throws Exception {
        RateLimiter limiter = limiter(RateLimits.XERO);
        limiter.acquire().close();
        limiter.observe(200, Headers.of("X-MinLimit-Remaining", "0"));

        limiter.acquire().close();

        assertThat(time.slept).containsExactly(Duration.ofMinutes(1));
    }

    @Test
    void retryAfterHoldsEveryCaller() throws Exception {
        RateLimiter limiter = limiter(RateLimits.XERO);
        limiter.acquire().close();
        limiter.observe(429, Headers.of("Retry-After", "7", "X-Rate-Limit-Problem", "minute"));

        assertThat(limiter.budget().blockedUntil()).isEqualTo(Instant.parse("2026-11-02T10:00:07Z"));
        limiter.acquire().close();

        assertThat(time.slept).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void a429ForTheDayStopsUntilRetryAfter() throws Exception {
        RateLimiter limiter = limiter(RateLimits.XERO);
        limiter.acquire().close();
        limiter.observe(429, Headers.of("Retry-After", "3600", "X-Rate-Limit-Problem", "day"));

        assertThatThrownBy(limiter::acquire).isInstanceOf(RateLimitExhaustedException.class)
                .hasMessageContaining("2026-11-02 11:00 UTC");
    }

    @Test
    void concurrentCallsBeyondTheLimitWait() throws Exception {
        RateLimiter limiter = limiter(new RateLimits(0, Duration.ofMinutes(1), 2, 0, Duration.ofDays(1)));
        RateLimiter.Permit first = limiter.acquire();
        limiter.acquire();
        time.onSleep = first::close; // the first request finishes while the third waits

        limiter.acquire().close();

        assertThat(time.slept).hasSize(1);
    }

    /** A clock that sleeping moves forward. */
    static final class FakeTime extends Clock implements Sleeper {
        private Instant now;
        final List<Duration> slept = new ArrayList<>();
        Runnable onSleep = () -> { };

        FakeTime(Instant start) {
            this.now = start;
        }

        @Override
        public void sleep(Duration duration) {
            slept.add(duration);
            now = now.plus(duration);
            onSleep.run();
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
