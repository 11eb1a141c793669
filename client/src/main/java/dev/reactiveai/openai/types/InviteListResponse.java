// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The response of {@code GET /organization/invites}: Returns a list of invites in the
 * organization.
 *
 * @param object The object type, which is always {@code list}
 * @param data The items on this page of the list.
 * @param firstId The first {@code invite_id} in the retrieved {@code list}
 * @param lastId The last {@code invite_id} in the retrieved {@code list}
 * @param hasMore The {@code has_more} property is used for pagination to indicate there
 * are additional results.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = InviteListResponse.Reader.class)
public record InviteListResponse(@JsonProperty("object") String object, @JsonProperty("data") List<Invite> data,
		@JsonProperty("first_id") @Nullable String firstId, @JsonProperty("last_id") @Nullable String lastId,
		@JsonProperty("has_more") @Nullable Boolean hasMore,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link InviteListResponse}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param object The object type, which is always {@code list}
	 * @param data The items on this page of the list.
	 * @param firstId The first {@code invite_id} in the retrieved {@code list}
	 * @param lastId The last {@code invite_id} in the retrieved {@code list}
	 * @param hasMore The {@code has_more} property is used for pagination to indicate
	 * there are additional results.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public InviteListResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link InviteListResponse}.
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
	 * Builds a {@link InviteListResponse}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable List<Invite> data;

		private @Nullable String firstId;

		private @Nullable String lastId;

		private @Nullable Boolean hasMore;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "list";
		}

		private Builder(InviteListResponse source) {
			this.object = source.object();
			this.data = (source.data() != null) ? new ArrayList<>(source.data()) : null;
			this.firstId = source.firstId();
			this.lastId = source.lastId();
			this.hasMore = source.hasMore();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The items on this page of the list.
		 * <p>
		 * Takes a copy of the list.
		 * @param data the value (required)
		 * @return this builder
		 */
		public Builder data(@Nullable List<Invite> data) {
			this.data = (data != null) ? new ArrayList<>(data) : null;
			return this;
		}

		/**
		 * The items on this page of the list.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param data the item to add
		 * @return this builder
		 */
		public Builder addData(Invite data) {
			Objects.requireNonNull(data, "'data' must not be null");
			if (this.data == null) {
				this.data = new ArrayList<>();
			}
			this.data.add(data);
			return this;
		}

		/**
		 * The first {@code invite_id} in the retrieved {@code list}
		 * @param firstId the value
		 * @return this builder
		 */
		public Builder firstId(@Nullable String firstId) {
			this.firstId = firstId;
			return this;
		}

		/**
		 * The last {@code invite_id} in the retrieved {@code list}
		 * @param lastId the value
		 * @return this builder
		 */
		public Builder lastId(@Nullable String lastId) {
			this.lastId = lastId;
			return this;
		}

		/**
		 * The {@code has_more} property is used for pagination to indicate there are
		 * additional results.
		 * @param hasMore the value
		 * @return this builder
		 */
		public Builder hasMore(@Nullable Boolean hasMore) {
			this.hasMore = hasMore;
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
		public InviteListResponse build() {
			return new InviteListResponse(this.object,
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.data, "'data' is required"))),
					this.firstId, this.lastId, this.hasMore, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link InviteListResponse} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<InviteListResponse> {

		Reader() {
			super(InviteListResponse.class, "object", "data", "first_id", "last_id", "has_more");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected InviteListResponse create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new InviteListResponse((String) values[0], (List<Invite>) values[1], (String) values[2],
					(String) values[3], (Boolean) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link InviteListResponse} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<InviteListResponse> {

		Writer() {
			super(InviteListResponse.class, "object", "data", "first_id", "last_id", "has_more");
		}

		@Override
		protected @Nullable Object value(InviteListResponse record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.data();
				case 2 -> record.firstId();
				case 3 -> record.lastId();
				case 4 -> record.hasMore();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(InviteListResponse record) {
			return record.additionalProperties();
		}

	}
}
