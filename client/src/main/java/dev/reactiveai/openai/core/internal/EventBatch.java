package dev.reactiveai.openai.core.internal;

import java.util.List;

import dev.reactiveai.openai.core.internal.sse.SseEvent;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectReader;

/**
 * Reads the JSON data of the events that arrived in one buffer with one parser.
 * <p>
 * Reading each event on its own creates a parser, its buffers and its symbol table per
 * event, which profiles of a long stream showed at a fifth of the event loop's time, next
 * to a third for reading the values themselves. Here the events' data are laid out one
 * after another, a line apart, and read as a sequence of JSON objects.
 * <p>
 * A value is taken from the sequence only when it is an object that starts and ends
 * within its own event's data, so that it was read from exactly the bytes that reading
 * the event on its own would read. Anything else (data that is not one whole object, a
 * value that runs into the next event, a read that fails) makes {@link #read} answer null
 * for that event and every later one, and the caller reads them on their own: what they
 * read, or how they fail, is then exactly what it was without batching.
 */
final class EventBatch implements AutoCloseable {

	private final ObjectReader reader;

	private final int[] starts;

	private final int[] ends;

	private final JsonParser parser;

	private boolean broken;

	private EventBatch(ObjectReader reader, int[] starts, int[] ends, JsonParser parser) {
		this.reader = reader;
		this.starts = starts;
		this.ends = ends;
		this.parser = parser;
	}

	/**
	 * Lay out the data of the events for one parser.
	 * @param reader the reader of the event type
	 * @param events the events
	 * @return the batch; close it once read
	 */
	static EventBatch of(ObjectReader reader, List<SseEvent> events) {
		int size = 0;
		for (SseEvent event : events) {
			size += event.data().length + 1;
		}
		byte[] bytes = new byte[size];
		int[] starts = new int[events.size()];
		int[] ends = new int[events.size()];
		int position = 0;
		for (int i = 0; i < starts.length; i++) {
			byte[] data = events.get(i).data();
			System.arraycopy(data, 0, bytes, position, data.length);
			starts[i] = position;
			position += data.length;
			ends[i] = position;
			bytes[position++] = '\n';
		}
		return new EventBatch(reader, starts, ends, reader.createParser(bytes, 0, size));
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
					&& this.parser.currentTokenLocation().getByteOffset() >= this.starts[index]) {
				Object value = this.reader.readValue(this.parser);
				if (value != null && this.parser.currentLocation().getByteOffset() <= this.ends[index]) {
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

	@Override
	public void close() {
		this.parser.close();
	}

}
