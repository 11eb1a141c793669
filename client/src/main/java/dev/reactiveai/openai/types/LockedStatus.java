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
 * Indicates that a thread is locked and cannot accept new input.
 *
 * @param type Status discriminator that is always {@code locked}.
 * @param reason Reason that the thread was locked. Defaults to null when no reason is
 * recorded.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = LockedStatus.Reader.class)
public record LockedStatus(@JsonProperty("type") String type, @JsonProperty("reason") @Nullable String reason,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ThreadResource.Status {

	/**
	 * Creates a {@link LockedStatus}, filling in {@code type} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param type Status discriminator that is always {@code locked}.
	 * @param reason Reason that the thread was locked.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public LockedStatus {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link LockedStatus}.
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
	 * Builds a {@link LockedStatus}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String reason;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "locked";
		}

		private Builder(LockedStatus source) {
			this.type = source.type();
			this.reason = source.reason();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Reason that the thread was locked.
		 * @param reason the value
		 * @return this builder
		 */
		public Builder reason(@Nullable String reason) {
			this.reason = reason;
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
		public LockedStatus build() {
			return new LockedStatus(this.type, this.reason, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link LockedStatus} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<LockedStatus> {

		Reader() {
			super(LockedStatus.class, "type", "reason");
		}

		@Override
		protected LockedStatus create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new LockedStatus((String) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link LockedStatus} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<LockedStatus> {

		Writer() {
			super(LockedStatus.class, "type", "reason");
		}

		@Override
		protected @Nullable Object value(LockedStatus record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.reason();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(LockedStatus record) {
			return record.additionalProperties();
		}

	}
}
