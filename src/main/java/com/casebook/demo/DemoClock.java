package com.casebook.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The application's clock (every module, the event publication registry included, reads
 * time from the one {@link Clock} bean): the system's UTC clock, which
 * {@link DemoHistory} alone can set back while it plays a day of the demo's past, so
 * every row written on that day, in any module and on any thread, carries that day's
 * date. At any other time it reads exactly as {@link Clock#systemUTC()}.
 * <p>
 * Primary over the plain clock {@code CasebookApplication} declares, which serves the
 * tests that start one module without this one.
 */
@Component
@Primary
class DemoClock extends Clock {

	private final Clock system;

	private final AtomicReference<Duration> behind;

	DemoClock() {
		this(Clock.systemUTC(), new AtomicReference<>(Duration.ZERO));
	}

	private DemoClock(Clock system, AtomicReference<Duration> behind) {
		this.system = system;
		this.behind = behind;
	}

	/** From now on, reads {@code target} and runs on from there. */
	void setBackTo(Instant target) {
		Duration offset = Duration.between(target, this.system.instant());
		if (offset.isNegative()) {
			throw new IllegalArgumentException("The demo's history cannot be set in the future: " + target);
		}
		this.behind.set(offset);
	}

	/** Reads the real time again. */
	void reset() {
		this.behind.set(Duration.ZERO);
	}

	/** The real time, whatever the clock reads. */
	Instant realNow() {
		return this.system.instant();
	}

	@Override
	public Instant instant() {
		return this.system.instant().minus(this.behind.get());
	}

	@Override
	public ZoneId getZone() {
		return this.system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return zone.equals(getZone()) ? this : new DemoClock(this.system.withZone(zone), this.behind);
	}

}
