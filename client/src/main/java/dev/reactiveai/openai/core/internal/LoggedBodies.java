package dev.reactiveai.openai.core.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;

/**
 * What {@link HttpLogger} shows of the bodies that pass: the first bytes of each, up to a
 * size, the rest only counted, the client's keys redacted.
 */
final class LoggedBodies {

	private final int maxBodySize;

	private final Redactor redactor;

	private final Consumer<String> log;

	LoggedBodies(int maxBodySize, Redactor redactor, Consumer<String> log) {
		this.maxBodySize = maxBodySize;
		this.redactor = redactor;
		this.log = log;
	}

	/** A body logged whole when it ends. */
	WholeBody whole(String title, @Nullable MediaType type) {
		return new WholeBody(title, type);
	}

	/** An event stream logged event by event. */
	StreamEvents events(String title) {
		return new StreamEvents(title);
	}

	static boolean isText(@Nullable MediaType type) {
		if (type == null) {
			return false;
		}
		String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
		return "text".equals(type.getType()) || subtype.equals("json") || subtype.endsWith("+json")
				|| subtype.equals("x-www-form-urlencoded") || subtype.equals("xml");
	}

	/** The first bytes of a body, the rest counted; logged when the body ends. */
	final class WholeBody {

		private final String title;

		private final boolean text;

		private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

		private long size;

		/**
		 * Set once logged: after an answer was read, WebClient subscribes to its body
		 * again to release what is left, and that must not log it again.
		 */
		private boolean logged;

		WholeBody(String title, @Nullable MediaType type) {
			this.title = title;
			this.text = isText(type);
		}

		void add(DataBuffer buffer) {
			int length = buffer.readableByteCount();
			int keep = this.text ? (int) Math.min(length, Math.max(0, LoggedBodies.this.maxBodySize - this.size)) : 0;
			int start = buffer.readPosition();
			for (int i = 0; i < keep; i++) {
				this.kept.write(buffer.getByte(start + i));
			}
			this.size += length;
		}

		void log() {
			if (this.logged) {
				return;
			}
			this.logged = true;
			if (!this.text) {
				LoggedBodies.this.log.accept(this.title + " (" + this.size + " bytes, not text: not shown)");
				return;
			}
			LoggedBodies.this.log.accept(this.title + describe(this.size, this.kept));
		}

	}

	/**
	 * The events of a stream, each logged when its blank line arrives; at most the stated
	 * size of each is held.
	 */
	final class StreamEvents {

		private final String title;

		private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

		private long size;

		private int previous = -1;

		StreamEvents(String title) {
			this.title = title;
		}

		void add(DataBuffer buffer) {
			int start = buffer.readPosition();
			int end = start + buffer.readableByteCount();
			for (int i = start; i < end; i++) {
				byte current = buffer.getByte(i);
				if (current == '\r') {
					continue;
				}
				if (current == '\n' && this.previous == '\n') {
					flush();
					continue;
				}
				if (this.size < LoggedBodies.this.maxBodySize) {
					this.kept.write(current);
				}
				this.size++;
				this.previous = current;
			}
		}

		void flush() {
			// The line end before the blank line closes the event; it is not part of it.
			long eventSize = (this.previous == '\n') ? this.size - 1 : this.size;
			if (eventSize > 0) {
				LoggedBodies.this.log.accept(this.title + describe(eventSize, this.kept));
			}
			this.kept.reset();
			this.size = 0;
			this.previous = -1;
		}

	}

	private String describe(long size, ByteArrayOutputStream kept) {
		String shown = this.redactor.redact(kept.toString(StandardCharsets.UTF_8).strip());
		if (size > kept.size()) {
			return " (" + size + " bytes, cut at " + this.maxBodySize + "):\n" + shown + " [...]";
		}
		return " (" + size + " bytes):\n" + shown;
	}

}
