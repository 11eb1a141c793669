package dev.reactiveai.openai.simulator;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.reactiveai.openai.realtime.websocket.RealtimeConnector;
import dev.reactiveai.openai.realtime.websocket.RealtimeSessionRequest;
import dev.reactiveai.openai.simulator.test.OpenAiSimulatorExtension;
import dev.reactiveai.openai.types.RealtimeServerEventSessionCreated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.Disposable;
import reactor.netty.resources.LoopResources;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thousand realtime sessions open at once on the client's event loops: no thread per
 * session, a few kilobytes each, and cancelling them closes every socket.
 */
class RealtimeThousandSessionsTests {

	private static final int SESSIONS = 1000;

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@RegisterExtension
	static final OpenAiSimulatorExtension simulator = new OpenAiSimulatorExtension();

	@Test
	void aThousandSessionsRunOnTheEventLoopsAndCancellingClosesThemAll() {
		RealtimeConnector connector = simulator.client().realtimeConnector();
		// One session first, so that the event loops and classes are there before
		// counting.
		RealtimeSimulationTests.awaitTrue(() -> connector.connect("gpt-realtime")
			.flatMap((session) -> session.close().thenReturn(true))
			.block(TIMEOUT));
		RealtimeSimulationTests.awaitTrue(() -> simulator.simulator().realtime().openSessions() == 0);
		long heapBefore = usedHeap();
		int threadsBefore = Thread.activeCount();
		AtomicInteger created = new AtomicInteger();
		List<Disposable> sessions = new ArrayList<>();
		for (int i = 0; i < SESSIONS; i++) {
			sessions.add(connector.withSession(RealtimeSessionRequest.model("gpt-realtime"),
					(session) -> session.events().doOnNext((event) -> {
						if (event instanceof RealtimeServerEventSessionCreated) {
							created.incrementAndGet();
						}
					}))
				.subscribe());
		}
		awaitTrue(() -> created.get() == SESSIONS);
		assertThat(simulator.simulator().realtime().openSessions()).isEqualTo(SESSIONS);
		long clientLoopThreads = Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.getName().startsWith("reactor-http-"))
			.count();
		int threadsAfter = Thread.activeCount();
		long perSession = (usedHeap() - heapBefore) / SESSIONS;
		System.out.printf(
				"Realtime: %d sessions open, %d client event-loop threads (loop size %d), "
						+ "live threads %d -> %d, heap per session (client and simulator) %d bytes%n",
				SESSIONS, clientLoopThreads, LoopResources.DEFAULT_IO_WORKER_COUNT, threadsBefore, threadsAfter,
				perSession);
		assertThat(clientLoopThreads).isLessThanOrEqualTo(LoopResources.DEFAULT_IO_WORKER_COUNT);
		assertThat(threadsAfter - threadsBefore).as("no thread per session").isLessThan(10);
		assertThat(perSession).as("bytes of heap per session").isLessThan(64 * 1024);
		sessions.forEach(Disposable::dispose);
		awaitTrue(() -> simulator.simulator().realtime().openSessions() == 0);
	}

	private static long usedHeap() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

	private static void awaitTrue(java.util.function.BooleanSupplier condition) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("condition reached within " + TIMEOUT).isLessThan(deadline);
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
