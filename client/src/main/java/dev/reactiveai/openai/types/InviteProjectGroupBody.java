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
 * Request payload for granting a group access to a project.
 *
 * @param groupId Identifier of the group to add to the project.
 * @param role Identifier of the project role to grant to the group.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = InviteProjectGroupBody.Reader.class)
public record InviteProjectGroupBody(@JsonProperty("group_id") String groupId, @JsonProperty("role") String role,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link InviteProjectGroupBody}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param groupId Identifier of the group to add to the project.
	 * @param role Identifier of the project role to grant to the group.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public InviteProjectGroupBody {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link InviteProjectGroupBody}.
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
	 * Builds a {@link InviteProjectGroupBody}.
	 */
	public static final class Builder {

		private @Nullable String groupId;

		private @Nullable String role;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(InviteProjectGroupBody source) {
			this.groupId = source.groupId();
			this.role = source.role();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Identifier of the group to add to the project.
		 * @param groupId the value (required)
		 * @return this builder
		 */
		public Builder groupId(@Nullable String groupId) {
			this.groupId = groupId;
			return this;
		}

		/**
		 * Identifier of the project role to grant to the group.
		 * @param role the value (required)
		 * @return this builder
		 */
		public Builder role(@Nullable String role) {
			this.role = role;
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
		public InviteProjectGroupBody build() {
			return new InviteProjectGroupBody(Objects.requireNonNull(this.groupId, "'groupId' is required"),
					Objects.requireNonNull(this.role, "'role' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link InviteProjectGroupBody} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<InviteProjectGroupBody> {

		Reader() {
			super(InviteProjectGroupBody.class, "group_id", "role");
		}

		@Override
		protected InviteProjectGroupBody create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new InviteProjectGroupBody((String) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link InviteProjectGroupBody} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<InviteProjectGroupBody> {

		Writer() {
			super(InviteProjectGroupBody.class, "group_id", "role");
		}

		@Override
		protected @Nullable Object value(InviteProjectGroupBody record, int index) {
			return switch (index) {
				case 0 -> record.groupId();
				case 1 -> record.role();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(InviteProjectGroupBody record) {
			return record.additionalProperties();
		}

	}
}
