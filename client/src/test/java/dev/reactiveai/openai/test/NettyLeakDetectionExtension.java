package dev.reactiveai.openai.test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class when Netty's leak detector (PARANOID in every test run) reported a
 * buffer that was never released. Registered for every test class through JUnit's
 * extension auto-detection; leak reports reach it through the {@link Recorder} appender
 * in {@code logback-test.xml}.
 */
public class NettyLeakDetectionExtension implements AfterAllCallback {

	private static final List<String> reports = new CopyOnWriteArrayList<>();

	@Override
	public void afterAll(ExtensionContext context) throws InterruptedException {
		// Leaks are found when their buffers are collected, and reported on a later
		// allocation.
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(50);
			for (int j = 0; j < 100; j++) {
				release(PooledByteBufAllocator.DEFAULT.directBuffer(16));
				release(PooledByteBufAllocator.DEFAULT.heapBuffer(16));
				release(UnpooledByteBufAllocator.DEFAULT.directBuffer(16));
			}
		}
		if (!reports.isEmpty()) {
			List<String> found = List.copyOf(reports);
			reports.clear();
			throw new AssertionError("Netty reported " + found.size() + " leaked buffer(s) during "
					+ context.getDisplayName() + ":\n" + String.join("\n\n", found));
		}
	}

	private static void release(ByteBuf buffer) {
		buffer.release();
	}

	/**
	 * Records what Netty's leak detector logs.
	 */
	public static class Recorder extends AppenderBase<ILoggingEvent> {

		@Override
		protected void append(ILoggingEvent event) {
			if (event.getLevel().isGreaterOrEqual(Level.ERROR)
					&& event.getLoggerName().contains("ResourceLeakDetector")) {
				reports.add(event.getFormattedMessage());
			}
		}

	}

}
