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
 * Confirmation payload returned after adding a user to a group.
 *
 * @param object Always {@code group.user}.
 * @param userId Identifier of the user that was added.
 * @param groupId Identifier of the group the user was added to.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = GroupUserAssignment.Reader.class)
public record GroupUserAssignment(@JsonProperty("object") String object, @JsonProperty("user_id") String userId,
		@JsonProperty("group_id") String groupId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link GroupUserAssignment}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param object Always {@code group.user}.
	 * @param userId Identifier of the user that was added.
	 * @param groupId Identifier of the group the user was added to.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public GroupUserAssignment {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link GroupUserAssignment}.
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
	 * Builds a {@link GroupUserAssignment}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable String userId;

		private @Nullable String groupId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "group.user";
		}

		private Builder(GroupUserAssignment source) {
			this.object = source.object();
			this.userId = source.userId();
			this.groupId = source.groupId();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Identifier of the user that was added.
		 * @param userId the value (required)
		 * @return this builder
		 */
		public Builder userId(@Nullable String userId) {
			this.userId = userId;
			return this;
		}

		/**
		 * Identifier of the group the user was added to.
		 * @param groupId the value (required)
		 * @return this builder
		 */
		public Builder groupId(@Nullable String groupId) {
			this.groupId = groupId;
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
		public GroupUserAssignment build() {
			return new GroupUserAssignment(this.object, Objects.requireNonNull(this.userId, "'userId' is required"),
					Objects.requireNonNull(this.groupId, "'groupId' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link GroupUserAssignment} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<GroupUserAssignment> {

		Reader() {
			super(GroupUserAssignment.class, "object", "user_id", "group_id");
		}

		@Override
		protected GroupUserAssignment create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new GroupUserAssignment((String) values[0], (String) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link GroupUserAssignment} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<GroupUserAssignment> {

		Writer() {
			super(GroupUserAssignment.class, "object", "user_id", "group_id");
		}

		@Override
		protected @Nullable Object value(GroupUserAssignment record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.userId();
				case 2 -> record.groupId();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(GroupUserAssignment record) {
			return record.additionalProperties();
		}

	}
}
