package dev.reactiveai.openai.core.internal;

import java.util.concurrent.TimeUnit;

import io.netty.util.concurrent.EventExecutor;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The scheduler that times a call out.
 * <p>
 * Every call arms a timer and disarms it when it completes. On Reactor's parallel
 * scheduler that is a timer queue under a lock, and, when the queue was empty, a wake-up
 * of the timer's thread, for every call: a cost that profiling showed next to the call's
 * own. Calls are mostly made on a Netty event loop (from a web handler, or from the
 * completion of an earlier call), and an event loop has a timer queue of its own: arming
 * a timer there from the loop's thread is a plain queue insert, and a timer disarmed from
 * another thread is removed lazily, without waking the loop. So a call made on an event
 * loop is timed there, and any other call on the parallel scheduler.
 * <p>
 * Netty has no public way to ask which event loop runs the current thread, so the loops
 * make themselves known: {@link ExchangeGuard}, on every connection of a client,
 * registers the loop of its channel from that loop's thread. With Reactor Netty's
 * colocated loops a call made on a loop connects on that same loop, so a loop is known
 * from the first call made on it.
 */
final class CallTimers {

	/**
	 * The scheduler of the event loop that runs this thread, once it made itself known.
	 */
	private static final ThreadLocal<@Nullable Scheduler> LOOP_SCHEDULER = new ThreadLocal<>();

	private CallTimers() {
	}

	/**
	 * The scheduler for a call made on the current thread.
	 * @return the scheduler
	 */
	static Scheduler current() {
		Scheduler loop = LOOP_SCHEDULER.get();
		return (loop != null) ? loop : Schedulers.parallel();
	}

	/**
	 * Make an event loop known, from its own thread: calls made on this thread from now
	 * on are timed on the loop. Nothing happens on another thread.
	 * @param loop the event loop
	 */
	static void register(EventExecutor loop) {
		if (loop.inEventLoop() && LOOP_SCHEDULER.get() == null) {
			LOOP_SCHEDULER.set(new EventLoopScheduler(loop));
		}
	}

	/**
	 * A scheduler on one event loop, which falls back to the parallel scheduler once the
	 * loop shuts down.
	 */
	private static final class EventLoopScheduler implements Scheduler {

		private final EventExecutor loop;

		private final Scheduler scheduler;

		EventLoopScheduler(EventExecutor loop) {
			this.loop = loop;
			this.scheduler = Schedulers.fromExecutorService(loop, "openai-call-timers");
		}

		private Scheduler delegate() {
			return this.loop.isShuttingDown() ? Schedulers.parallel() : this.scheduler;
		}

		@Override
		public Disposable schedule(Runnable task) {
			return delegate().schedule(task);
		}

		@Override
		public Disposable schedule(Runnable task, long delay, TimeUnit unit) {
			return delegate().schedule(task, delay, unit);
		}

		@Override
		public Worker createWorker() {
			return delegate().createWorker();
		}

		@Override
		public void init() {
		}

	}

}
