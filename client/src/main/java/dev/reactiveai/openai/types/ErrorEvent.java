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
 * Occurs when an
 * <a href="https://platform.openai.com/docs/guides/error-codes#api-errors">error</a>
 * occurs. This can happen due to an internal server error or a timeout.
 *
 * @param event Always {@code error}.
 * @param data A {@link dev.reactiveai.openai.types.Error} (the API description says no
 * more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ErrorEvent.Reader.class)
public record ErrorEvent(@JsonProperty("event") String event, @JsonProperty("data") Error data,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements AssistantStreamEvent {

	/**
	 * Creates a {@link ErrorEvent}, filling in {@code event} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param event Always {@code error}.
	 * @param data A {@link dev.reactiveai.openai.types.Error} (the API description says
	 * no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ErrorEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ErrorEvent}.
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
	 * Builds a {@link ErrorEvent}.
	 */
	public static final class Builder {

		private @Nullable String event;

		private @Nullable Error data;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.event = "error";
		}

		private Builder(ErrorEvent source) {
			this.event = source.event();
			this.data = source.data();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A {@link dev.reactiveai.openai.types.Error} (the API description says no more).
		 * @param data the value (required)
		 * @return this builder
		 */
		public Builder data(@Nullable Error data) {
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
		public ErrorEvent build() {
			return new ErrorEvent(this.event, Objects.requireNonNull(this.data, "'data' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ErrorEvent} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ErrorEvent> {

		Reader() {
			super(ErrorEvent.class, "event", "data");
		}

		@Override
		protected ErrorEvent create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new ErrorEvent((String) values[0], (Error) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ErrorEvent} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ErrorEvent> {

		Writer() {
			super(ErrorEvent.class, "event", "data");
		}

		@Override
		protected @Nullable Object value(ErrorEvent record, int index) {
			return switch (index) {
				case 0 -> record.event();
				case 1 -> record.data();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ErrorEvent record) {
			return record.additionalProperties();
		}

	}
}
