// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Occurs when a new
 * <a href="https://platform.openai.com/docs/api-reference/threads/object">thread</a> is
 * created.
 *
 * @param enabled Whether to enable input audio transcription.
 * @param event Always {@code thread.created}.
 * @param data Represents a thread that contains
 * <a href="https://platform.openai.com/docs/api-reference/messages">messages</a>.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ThreadStreamEvent.Reader.class)
public record ThreadStreamEvent(@JsonProperty("enabled") @Nullable Boolean enabled, @JsonProperty("event") String event,
		@JsonProperty("data") ThreadObject data,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements AssistantStreamEvent {

	/**
	 * Creates a {@link ThreadStreamEvent}, filling in {@code event} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param enabled Whether to enable input audio transcription.
	 * @param event Always {@code thread.created}.
	 * @param data Represents a thread that contains
	 * <a href="https://platform.openai.com/docs/api-reference/messages">messages</a>.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ThreadStreamEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ThreadStreamEvent}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 * @return a builder with this value's properties
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Builds a {@link ThreadStreamEvent}.
	 */
	public static final class Builder {

		private @Nullable Boolean enabled;

		private @Nullable String event;

		private @Nullable ThreadObject data;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.event = "thread.created";
		}

		private Builder(ThreadStreamEvent source) {
			this.enabled = source.enabled();
			this.event = source.event();
			this.data = source.data();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Whether to enable input audio transcription.
		 * @param enabled the value
		 * @return this builder
		 */
		public Builder enabled(@Nullable Boolean enabled) {
			this.enabled = enabled;
			return this;
		}

		/**
		 * Represents a thread that contains
		 * <a href="https://platform.openai.com/docs/api-reference/messages">messages</a>.
		 * @param data the value (required)
		 * @return this builder
		 */
		public Builder data(@Nullable ThreadObject data) {
			this.data = data;
			return this;
		}

		/**
		 * Set a property that this version of the client does not know.
		 * @param name the property's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		/**
		 * Build the value.
		 * @return the value
		 */
		public ThreadStreamEvent build() {
			return new ThreadStreamEvent(this.enabled, this.event,
					Objects.requireNonNull(this.data, "'data' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ThreadStreamEvent} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ThreadStreamEvent> {

		Reader() {
			super(ThreadStreamEvent.class, "enabled", "event", "data");
		}

		@Override
		protected ThreadStreamEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ThreadStreamEvent((Boolean) values[0], (String) values[1], (ThreadObject) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ThreadStreamEvent} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ThreadStreamEvent> {

		Writer() {
			super(ThreadStreamEvent.class, "enabled", "event", "data");
		}

		@Override
		protected @Nullable Object value(ThreadStreamEvent record, int index) {
			return switch (index) {
				case 0 -> record.enabled();
				case 1 -> record.event();
				case 2 -> record.data();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ThreadStreamEvent record) {
			return record.additionalProperties();
		}

	}
}
