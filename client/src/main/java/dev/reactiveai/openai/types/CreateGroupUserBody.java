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
 * Request payload for adding a user to a group.
 *
 * @param userId Identifier of the user to add to the group.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateGroupUserBody.Reader.class)
public record CreateGroupUserBody(@JsonProperty("user_id") String userId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateGroupUserBody}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param userId Identifier of the user to add to the group.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateGroupUserBody {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateGroupUserBody}.
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
	 * Builds a {@link CreateGroupUserBody}.
	 */
	public static final class Builder {

		private @Nullable String userId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateGroupUserBody source) {
			this.userId = source.userId();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Identifier of the user to add to the group.
		 * @param userId the value (required)
		 * @return this builder
		 */
		public Builder userId(@Nullable String userId) {
			this.userId = userId;
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
		public CreateGroupUserBody build() {
			return new CreateGroupUserBody(Objects.requireNonNull(this.userId, "'userId' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateGroupUserBody} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateGroupUserBody> {

		Reader() {
			super(CreateGroupUserBody.class, "user_id");
		}

		@Override
		protected CreateGroupUserBody create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateGroupUserBody((String) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateGroupUserBody} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateGroupUserBody> {

		Writer() {
			super(CreateGroupUserBody.class, "user_id");
		}

		@Override
		protected @Nullable Object value(CreateGroupUserBody record, int index) {
			return switch (index) {
				case 0 -> record.userId();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateGroupUserBody record) {
			return record.additionalProperties();
		}

	}
}
