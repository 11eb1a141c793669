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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Occurs when a stream ends.
 *
 * @param event Always {@code done}.
 * @param data Always {@code [DONE]}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = DoneEvent.Reader.class)
public record DoneEvent(@JsonProperty("event") String event, @JsonProperty("data") String data,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements AssistantStreamEvent {

	/**
	 * Creates a {@link DoneEvent}, filling in {@code event} and {@code data} with their
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param event Always {@code done}.
	 * @param data Always {@code [DONE]}.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public DoneEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link DoneEvent}.
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
	 * Builds a {@link DoneEvent}.
	 */
	public static final class Builder {

		private @Nullable String event;

		private @Nullable String data;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.event = "done";
			this.data = "[DONE]";
		}

		private Builder(DoneEvent source) {
			this.event = source.event();
			this.data = source.data();
			this.additionalProperties.putAll(source.additionalProperties());
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
		public DoneEvent build() {
			return new DoneEvent(this.event, this.data, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link DoneEvent} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<DoneEvent> {

		Reader() {
			super(DoneEvent.class, "event", "data");
		}

		@Override
		protected DoneEvent create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new DoneEvent((String) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link DoneEvent} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<DoneEvent> {

		Writer() {
			super(DoneEvent.class, "event", "data");
		}

		@Override
		protected @Nullable Object value(DoneEvent record, int index) {
			return switch (index) {
				case 0 -> record.event();
				case 1 -> record.data();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(DoneEvent record) {
			return record.additionalProperties();
		}

	}
}
