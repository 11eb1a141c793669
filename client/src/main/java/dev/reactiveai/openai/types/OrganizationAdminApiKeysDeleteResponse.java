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
 * The response of {@code DELETE /organization/admin_api_keys/{key_id}}: Delete an
 * organization admin API key.
 *
 * @param id The ID of the deleted object.
 * @param object The type of the deleted object.
 * @param deleted Whether the object was deleted.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = OrganizationAdminApiKeysDeleteResponse.Reader.class)
public record OrganizationAdminApiKeysDeleteResponse(@JsonProperty("id") @Nullable String id,
		@JsonProperty("object") @Nullable String object, @JsonProperty("deleted") @Nullable Boolean deleted,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link OrganizationAdminApiKeysDeleteResponse};
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param id The ID of the deleted object.
	 * @param object The type of the deleted object.
	 * @param deleted Whether the object was deleted.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public OrganizationAdminApiKeysDeleteResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link OrganizationAdminApiKeysDeleteResponse}.
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
	 * Builds a {@link OrganizationAdminApiKeysDeleteResponse}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable Boolean deleted;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(OrganizationAdminApiKeysDeleteResponse source) {
			this.id = source.id();
			this.object = source.object();
			this.deleted = source.deleted();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ID of the deleted object.
		 * @param id the value
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The type of the deleted object.
		 * @param object the value
		 * @return this builder
		 */
		public Builder object(@Nullable String object) {
			this.object = object;
			return this;
		}

		/**
		 * Whether the object was deleted.
		 * @param deleted the value
		 * @return this builder
		 */
		public Builder deleted(@Nullable Boolean deleted) {
			this.deleted = deleted;
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
		public OrganizationAdminApiKeysDeleteResponse build() {
			return new OrganizationAdminApiKeysDeleteResponse(this.id, this.object, this.deleted,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link OrganizationAdminApiKeysDeleteResponse} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<OrganizationAdminApiKeysDeleteResponse> {

		Reader() {
			super(OrganizationAdminApiKeysDeleteResponse.class, "id", "object", "deleted");
		}

		@Override
		protected OrganizationAdminApiKeysDeleteResponse create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new OrganizationAdminApiKeysDeleteResponse((String) values[0], (String) values[1],
					(Boolean) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link OrganizationAdminApiKeysDeleteResponse} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<OrganizationAdminApiKeysDeleteResponse> {

		Writer() {
			super(OrganizationAdminApiKeysDeleteResponse.class, "id", "object", "deleted");
		}

		@Override
		protected @Nullable Object value(OrganizationAdminApiKeysDeleteResponse record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.deleted();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(OrganizationAdminApiKeysDeleteResponse record) {
			return record.additionalProperties();
		}

	}
}
