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
 * Confirmation payload returned after unassigning a role.
 *
 * @param object Identifier for the deleted assignment, such as {@code group.role.deleted}
 * or {@code user.role.deleted}.
 * @param deleted Whether the assignment was removed.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = DeletedRoleAssignmentResource.Reader.class)
public record DeletedRoleAssignmentResource(@JsonProperty("object") String object,
		@JsonProperty("deleted") Boolean deleted,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link DeletedRoleAssignmentResource}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param object Identifier for the deleted assignment, such as
	 * {@code group.role.deleted} or {@code user.role.deleted}.
	 * @param deleted Whether the assignment was removed.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public DeletedRoleAssignmentResource {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link DeletedRoleAssignmentResource}.
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
	 * Builds a {@link DeletedRoleAssignmentResource}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable Boolean deleted;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(DeletedRoleAssignmentResource source) {
			this.object = source.object();
			this.deleted = source.deleted();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Identifier for the deleted assignment, such as {@code group.role.deleted} or
		 * {@code user.role.deleted}.
		 * @param object the value (required)
		 * @return this builder
		 */
		public Builder object(@Nullable String object) {
			this.object = object;
			return this;
		}

		/**
		 * Whether the assignment was removed.
		 * @param deleted the value (required)
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
		public DeletedRoleAssignmentResource build() {
			return new DeletedRoleAssignmentResource(Objects.requireNonNull(this.object, "'object' is required"),
					Objects.requireNonNull(this.deleted, "'deleted' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link DeletedRoleAssignmentResource} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<DeletedRoleAssignmentResource> {

		Reader() {
			super(DeletedRoleAssignmentResource.class, "object", "deleted");
		}

		@Override
		protected DeletedRoleAssignmentResource create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new DeletedRoleAssignmentResource((String) values[0], (Boolean) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link DeletedRoleAssignmentResource} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<DeletedRoleAssignmentResource> {

		Writer() {
			super(DeletedRoleAssignmentResource.class, "object", "deleted");
		}

		@Override
		protected @Nullable Object value(DeletedRoleAssignmentResource record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.deleted();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(DeletedRoleAssignmentResource record) {
			return record.additionalProperties();
		}

	}
}
