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
 * Paginated list of roles assigned to a principal.
 *
 * @param object Always {@code list}.
 * @param data Role assignments returned in the current page.
 * @param hasMore Whether additional assignments are available when paginating.
 * @param next Cursor to fetch the next page of results, or {@code null} when there are no
 * more assignments.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RoleListResource.Reader.class)
public record RoleListResource(@JsonProperty("object") String object,
		@JsonProperty("data") List<AssignedRoleDetails> data, @JsonProperty("has_more") Boolean hasMore,
		@JsonProperty("next") @Nullable String next,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RoleListResource}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param object Always {@code list}.
	 * @param data Role assignments returned in the current page.
	 * @param hasMore Whether additional assignments are available when paginating.
	 * @param next Cursor to fetch the next page of results, or {@code null} when there
	 * are no more assignments.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RoleListResource {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RoleListResource}.
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
	 * Builds a {@link RoleListResource}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable List<AssignedRoleDetails> data;

		private @Nullable Boolean hasMore;

		private @Nullable String next;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "list";
		}

		private Builder(RoleListResource source) {
			this.object = source.object();
			this.data = (source.data() != null) ? new ArrayList<>(source.data()) : null;
			this.hasMore = source.hasMore();
			this.next = source.next();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Role assignments returned in the current page.
		 * <p>
		 * Takes a copy of the list.
		 * @param data the value (required)
		 * @return this builder
		 */
		public Builder data(@Nullable List<AssignedRoleDetails> data) {
			this.data = (data != null) ? new ArrayList<>(data) : null;
			return this;
		}

		/**
		 * Role assignments returned in the current page.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param data the item to add
		 * @return this builder
		 */
		public Builder addData(AssignedRoleDetails data) {
			Objects.requireNonNull(data, "'data' must not be null");
			if (this.data == null) {
				this.data = new ArrayList<>();
			}
			this.data.add(data);
			return this;
		}

		/**
		 * Whether additional assignments are available when paginating.
		 * @param hasMore the value (required)
		 * @return this builder
		 */
		public Builder hasMore(@Nullable Boolean hasMore) {
			this.hasMore = hasMore;
			return this;
		}

		/**
		 * Cursor to fetch the next page of results, or {@code null} when there are no
		 * more assignments.
		 * @param next the value
		 * @return this builder
		 */
		public Builder next(@Nullable String next) {
			this.next = next;
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
		public RoleListResource build() {
			return new RoleListResource(this.object,
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.data, "'data' is required"))),
					Objects.requireNonNull(this.hasMore, "'hasMore' is required"), this.next,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RoleListResource} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RoleListResource> {

		Reader() {
			super(RoleListResource.class, "object", "data", "has_more", "next");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected RoleListResource create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RoleListResource((String) values[0], (List<AssignedRoleDetails>) values[1], (Boolean) values[2],
					(String) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RoleListResource} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RoleListResource> {

		Writer() {
			super(RoleListResource.class, "object", "data", "has_more", "next");
		}

		@Override
		protected @Nullable Object value(RoleListResource record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.data();
				case 2 -> record.hasMore();
				case 3 -> record.next();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RoleListResource record) {
			return record.additionalProperties();
		}

	}
}
