package dev.reactiveai.openai.json.internal;

import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * The string values that repeat from one document of a stream to the next, remembered per
 * property for that stream only: a chat stream's {@code id}, {@code model} and
 * {@code system_fingerprint} are the same in every chunk, as a Responses stream's
 * {@code item_id} is in every delta. A value remembered is compared with the next one's
 * bytes and, when they are the same, given again instead of decoded and allocated again;
 * reading a chat chunk's three such strings was a fifth of what it allocated.
 * <p>
 * Kept per stream rather than per deserializer, so that concurrent streams, whose ids
 * differ, do not overwrite each other's values. A property whose value changes before it
 * ever repeated (a delta's text) is read plainly from then on, so that it costs one
 * remembered value per stream. Each property has a slot ({@link #slots}); the slots share
 * a few places, and a place taken by a property keeps it for the stream, so that two
 * properties never evict each other in turn.
 * <p>
 * One instance per stream, used by one thread at a time, as a stream's events are read.
 */
public final class RepeatedStrings {

	/** How many places a stream has: a power of two. */
	private static final int PLACES = 64;

	private static final AtomicInteger NEXT_SLOT = new AtomicInteger();

	private @Nullable Remembered @Nullable [] places;

	/**
	 * Slots for the string properties of one record type, numbered from the one answered.
	 * @param count how many properties
	 * @return the first slot
	 */
	static int slots(int count) {
		return NEXT_SLOT.getAndAdd(count);
	}

	/**
	 * Read a string, the value remembered for its property when its bytes are the same.
	 * @param json the bytes, at the string
	 * @param slot the property's slot
	 * @return the string
	 */
	String read(JsonBytes json, int slot) {
		@Nullable Remembered[] places = this.places;
		if (places == null) {
			places = new Remembered[PLACES];
			this.places = places;
		}
		int place = slot & (PLACES - 1);
		Remembered remembered = places[place];
		if (remembered == null) {
			String value = json.readString();
			places[place] = new Remembered(slot, JsonBytes.plainAscii(value), value);
			return value;
		}
		if (remembered.slot != slot || remembered.bytes == null) {
			return json.readString();
		}
		if (json.stringIs(remembered.bytes)) {
			remembered.repeated = true;
			return remembered.value;
		}
		String value = json.readString();
		if (remembered.repeated) {
			// It repeated before: the new value may too.
			remembered.bytes = JsonBytes.plainAscii(value);
			remembered.value = value;
			remembered.repeated = false;
		}
		else {
			remembered.bytes = null;
		}
		return value;
	}

	/**
	 * A property's last value, with the bytes of its JSON string; no bytes once the value
	 * changed before it repeated, or when it needs escapes.
	 */
	private static final class Remembered {

		private final int slot;

		private byte @Nullable [] bytes;

		private String value;

		private boolean repeated;

		Remembered(int slot, byte @Nullable [] bytes, String value) {
			this.slot = slot;
			this.bytes = bytes;
			this.value = value;
		}

	}

}
