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
 * Request payload for updating the details of an existing group.
 *
 * @param name New display name for the group.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = UpdateGroupBody.Reader.class)
public record UpdateGroupBody(@JsonProperty("name") String name,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link UpdateGroupBody}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param name New display name for the group.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public UpdateGroupBody {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link UpdateGroupBody}.
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
	 * Builds a {@link UpdateGroupBody}.
	 */
	public static final class Builder {

		private @Nullable String name;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(UpdateGroupBody source) {
			this.name = source.name();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * New display name for the group.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
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
		public UpdateGroupBody build() {
			return new UpdateGroupBody(Objects.requireNonNull(this.name, "'name' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link UpdateGroupBody} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<UpdateGroupBody> {

		Reader() {
			super(UpdateGroupBody.class, "name");
		}

		@Override
		protected UpdateGroupBody create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new UpdateGroupBody((String) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link UpdateGroupBody} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<UpdateGroupBody> {

		Writer() {
			super(UpdateGroupBody.class, "name");
		}

		@Override
		protected @Nullable Object value(UpdateGroupBody record, int index) {
			return switch (index) {
				case 0 -> record.name();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(UpdateGroupBody record) {
			return record.additionalProperties();
		}

	}
}
