package dev.reactiveai.openai.core.internal.sse;

import java.util.List;
import java.util.function.Function;

import dev.reactiveai.openai.core.internal.MemoryBudget;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.util.Assert;

/**
 * Decodes a body of server-sent events, as the
 * <a href="https://html.spec.whatwg.org/multipage/server-sent-events.html">HTML
 * standard</a> defines them, straight from {@link DataBuffer}s: lines end with LF, CRLF
 * or CR wherever the buffers split, data stays in bytes, and memory is bounded by a limit
 * per event.
 * <p>
 * Unlike the standard, a body that ends in the middle of an event is an error
 * ({@link SseStreamTruncatedException}): for an API answer, a cut connection must never
 * pass for a complete one. An empty {@code event:} or {@code id:} value reads as no value
 * ({@code null}).
 */
public final class SseDecoder {

	private final int maxEventSize;

	private final MemoryBudget budget;

	/**
	 * Create a decoder.
	 * @param maxEventSize the most bytes one event (or one line) may hold
	 */
	public SseDecoder(int maxEventSize) {
		this(maxEventSize, MemoryBudget.unbounded());
	}

	/**
	 * Create a decoder whose streams take what they hold beyond a small allowance from a
	 * budget shared with other calls.
	 * @param maxEventSize the most bytes one event (or one line) may hold
	 * @param budget the budget
	 */
	public SseDecoder(int maxEventSize, MemoryBudget budget) {
		Assert.isTrue(maxEventSize > 0, "'maxEventSize' must be positive");
		this.maxEventSize = maxEventSize;
		this.budget = budget;
	}

	/**
	 * Decode a body. The events keep their bytes: those of one buffer's events are laid
	 * out one after another, each followed by a line feed, in an array of their own.
	 * Every buffer is released once read, also on error and cancellation.
	 * @param body the body
	 * @return the events
	 */
	public Flux<SseEvent> decode(Flux<DataBuffer> body) {
		return decode(body, false, Function.identity()).concatMapIterable(Function.identity());
	}

	/**
	 * Decode a body and read the events of each buffer, in order, as soon as they are
	 * decoded: what the reader makes of them is emitted. The events are the reader's only
	 * during the call: their bytes lie in an array that the thread reuses for the next
	 * buffer, so that a long stream allocates none per buffer. Buffers that complete no
	 * event are not read. Every buffer is released once read, also on error and
	 * cancellation.
	 * @param <R> what the reader makes of the events
	 * @param body the body
	 * @param reader reads the events of a buffer; it must keep neither them nor their
	 * bytes
	 * @return what the reader made of each buffer's events
	 */
	public <R> Flux<R> readBatches(Flux<DataBuffer> body, Function<List<SseEvent>, R> reader) {
		return decode(body, true, reader);
	}

	private <R> Flux<R> decode(Flux<DataBuffer> body, boolean readBeforeNextParse, Function<List<SseEvent>, R> reader) {
		return Flux.defer(() -> {
			SseParser parser = new SseParser(this.maxEventSize, this.budget, readBeforeNextParse);
			return body.<R>handle((buffer, sink) -> {
				List<SseEvent> events;
				try {
					events = parser.parse(buffer);
				}
				finally {
					parser.released = buffer;
					DataBufferUtils.release(buffer);
				}
				if (!events.isEmpty()) {
					sink.next(reader.apply(events));
				}
			})
				.concatWith(Mono.defer(parser::finish).map((event) -> reader.apply(List.of(event))))
				.doOnDiscard(DataBuffer.class, (buffer) -> {
					// When a parse or a read fails, the operator discards the buffer that
					// the parse has released already: release each buffer once.
					if (buffer != parser.released) {
						DataBufferUtils.release(buffer);
					}
				})
				.doFinally((signal) -> parser.releaseBudget());
		});
	}

}
