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
 * Response returned after updating a group.
 *
 * @param id Identifier for the group.
 * @param name Updated display name for the group.
 * @param createdAt Unix timestamp (in seconds) when the group was created.
 * @param isScimManaged Whether the group is managed through SCIM and controlled by your
 * identity provider.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = GroupResourceWithSuccess.Reader.class)
public record GroupResourceWithSuccess(@JsonProperty("id") String id, @JsonProperty("name") String name,
		@JsonProperty("created_at") Long createdAt, @JsonProperty("is_scim_managed") Boolean isScimManaged,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link GroupResourceWithSuccess}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param id Identifier for the group.
	 * @param name Updated display name for the group.
	 * @param createdAt Unix timestamp (in seconds) when the group was created.
	 * @param isScimManaged Whether the group is managed through SCIM and controlled by
	 * your identity provider.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public GroupResourceWithSuccess {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link GroupResourceWithSuccess}.
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
	 * Builds a {@link GroupResourceWithSuccess}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String name;

		private @Nullable Long createdAt;

		private @Nullable Boolean isScimManaged;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(GroupResourceWithSuccess source) {
			this.id = source.id();
			this.name = source.name();
			this.createdAt = source.createdAt();
			this.isScimManaged = source.isScimManaged();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Identifier for the group.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Updated display name for the group.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Unix timestamp (in seconds) when the group was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * Whether the group is managed through SCIM and controlled by your identity
		 * provider.
		 * @param isScimManaged the value (required)
		 * @return this builder
		 */
		public Builder isScimManaged(@Nullable Boolean isScimManaged) {
			this.isScimManaged = isScimManaged;
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
		public GroupResourceWithSuccess build() {
			return new GroupResourceWithSuccess(Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.isScimManaged, "'isScimManaged' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link GroupResourceWithSuccess} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<GroupResourceWithSuccess> {

		Reader() {
			super(GroupResourceWithSuccess.class, "id", "name", "created_at", "is_scim_managed");
		}

		@Override
		protected GroupResourceWithSuccess create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new GroupResourceWithSuccess((String) values[0], (String) values[1], (Long) values[2],
					(Boolean) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link GroupResourceWithSuccess} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<GroupResourceWithSuccess> {

		Writer() {
			super(GroupResourceWithSuccess.class, "id", "name", "created_at", "is_scim_managed");
		}

		@Override
		protected @Nullable Object value(GroupResourceWithSuccess record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.name();
				case 2 -> record.createdAt();
				case 3 -> record.isScimManaged();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(GroupResourceWithSuccess record) {
			return record.additionalProperties();
		}

	}
}
