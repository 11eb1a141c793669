package dev.reactiveai.openai.core.internal;

import java.util.List;

import dev.reactiveai.openai.core.internal.sse.SseEvent;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;

/**
 * Reads the JSON data of the events that arrived in one buffer with one parser, for the
 * event types that {@code DirectReader} does not read (a union that no discriminator
 * decides, for one).
 * <p>
 * Reading each event on its own creates a parser, its buffers and its symbol table per
 * event, which profiles of a long stream showed at a fifth of the event loop's time, next
 * to a third for reading the values themselves. Here the events' data are laid out one
 * after another, a line apart, and read as a sequence of JSON objects, with one
 * deserialization context, as Jackson reads any sequence of values.
 * <p>
 * A value is taken from the sequence only when it is an object that starts within its own
 * event's data and ends there, followed by nothing but white space, so that it was read
 * from exactly the bytes that reading the event on its own would read. Anything else
 * (data that is not one whole object, a value that runs into the next event, a read that
 * fails) makes {@link #read} answer null for that event and every later one, and the
 * caller reads them on their own: what they read, or how they fail, is then exactly what
 * it was without batching.
 */
final class EventBatch implements AutoCloseable {

	private final byte[] bytes;

	private final int[] starts;

	private final int[] ends;

	/** Where the parser starts in the array: its locations count from there. */
	private final int base;

	private final JsonParser parser;

	private final MappingIterator<?> values;

	private boolean broken;

	private EventBatch(ObjectReader reader, byte[] bytes, int[] starts, int[] ends) {
		this.bytes = bytes;
		this.starts = starts;
		this.ends = ends;
		this.base = starts[0];
		this.parser = reader.createParser(bytes, this.base, ends[ends.length - 1] + 1 - this.base);
		// A sequence is not checked for trailing tokens, as one value read alone is
		// (Jackson 3's default): the batch checks each event's own end instead.
		this.values = reader.readValues(this.parser);
	}

	/**
	 * Lay out the data of the events for one parser: the events that the SSE decoder made
	 * from one buffer are laid out already, in the array they share; others are copied.
	 * @param reader the reader of the event type
	 * @param events the events
	 * @return the batch; close it once read
	 */
	static EventBatch of(ObjectReader reader, List<SseEvent> events) {
		int[] starts = new int[events.size()];
		int[] ends = new int[events.size()];
		if (isLaidOut(events)) {
			for (int i = 0; i < starts.length; i++) {
				SseEvent event = events.get(i);
				starts[i] = event.offset();
				ends[i] = event.offset() + event.length();
			}
			return new EventBatch(reader, events.get(0).bytes(), starts, ends);
		}
		int size = 0;
		for (SseEvent event : events) {
			size += event.length() + 1;
		}
		byte[] bytes = new byte[size];
		int position = 0;
		for (int i = 0; i < starts.length; i++) {
			SseEvent event = events.get(i);
			System.arraycopy(event.bytes(), event.offset(), bytes, position, event.length());
			starts[i] = position;
			position += event.length();
			ends[i] = position;
			bytes[position++] = '\n';
		}
		return new EventBatch(reader, bytes, starts, ends);
	}

	/**
	 * Whether the events' data follow one another in one array, each ended by a line
	 * feed.
	 */
	private static boolean isLaidOut(List<SseEvent> events) {
		byte[] bytes = events.get(0).bytes();
		int next = events.get(0).offset();
		for (SseEvent event : events) {
			int end = event.offset() + event.length();
			if (event.bytes() != bytes || event.offset() != next || end >= bytes.length || bytes[end] != '\n') {
				return false;
			}
			next = end + 1;
		}
		return true;
	}

	/**
	 * Read the data of an event; events are read in order, each at most once.
	 * @param <E> the event type
	 * @param index the event's index in the batch
	 * @return the value, or null when the event must be read on its own
	 */
	@SuppressWarnings("unchecked")
	<E> @Nullable E read(int index) {
		if (this.broken) {
			return null;
		}
		try {
			JsonToken token = this.parser.nextToken();
			if (token == JsonToken.START_OBJECT
					&& this.base + this.parser.currentTokenLocation().getByteOffset() >= this.starts[index]) {
				Object value = this.values.nextValue();
				if (value != null && onlySpaceUntil(this.base + this.parser.currentLocation().getByteOffset(),
						this.ends[index])) {
					return (E) value;
				}
			}
		}
		catch (JacksonException ex) {
			// Read on its own, the event fails as it would have without batching.
		}
		this.broken = true;
		return null;
	}

	/**
	 * Whether the value ended within its event, followed by nothing but JSON white space:
	 * read on its own, the event fails on anything else after its value.
	 */
	private boolean onlySpaceUntil(long end, int eventEnd) {
		if (end > eventEnd) {
			return false;
		}
		for (int i = (int) end; i < eventEnd; i++) {
			byte b = this.bytes[i];
			if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
				return false;
			}
		}
		return true;
	}

	@Override
	public void close() {
		this.values.close();
		this.parser.close();
	}

}
