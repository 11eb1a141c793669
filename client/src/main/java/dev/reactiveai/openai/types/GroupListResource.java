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
 * Paginated list of organization groups.
 *
 * @param object Always {@code list}.
 * @param data Groups returned in the current page.
 * @param hasMore Whether additional groups are available when paginating.
 * @param next Cursor to fetch the next page of results, or {@code null} if there are no
 * more results.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = GroupListResource.Reader.class)
public record GroupListResource(@JsonProperty("object") String object, @JsonProperty("data") List<GroupResponse> data,
		@JsonProperty("has_more") Boolean hasMore, @JsonProperty("next") @Nullable String next,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link GroupListResource}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param object Always {@code list}.
	 * @param data Groups returned in the current page.
	 * @param hasMore Whether additional groups are available when paginating.
	 * @param next Cursor to fetch the next page of results, or {@code null} if there are
	 * no more results.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public GroupListResource {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link GroupListResource}.
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
	 * Builds a {@link GroupListResource}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable List<GroupResponse> data;

		private @Nullable Boolean hasMore;

		private @Nullable String next;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "list";
		}

		private Builder(GroupListResource source) {
			this.object = source.object();
			this.data = (source.data() != null) ? new ArrayList<>(source.data()) : null;
			this.hasMore = source.hasMore();
			this.next = source.next();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Groups returned in the current page.
		 * <p>
		 * Takes a copy of the list.
		 * @param data the value (required)
		 * @return this builder
		 */
		public Builder data(@Nullable List<GroupResponse> data) {
			this.data = (data != null) ? new ArrayList<>(data) : null;
			return this;
		}

		/**
		 * Groups returned in the current page.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param data the item to add
		 * @return this builder
		 */
		public Builder addData(GroupResponse data) {
			Objects.requireNonNull(data, "'data' must not be null");
			if (this.data == null) {
				this.data = new ArrayList<>();
			}
			this.data.add(data);
			return this;
		}

		/**
		 * Whether additional groups are available when paginating.
		 * @param hasMore the value (required)
		 * @return this builder
		 */
		public Builder hasMore(@Nullable Boolean hasMore) {
			this.hasMore = hasMore;
			return this;
		}

		/**
		 * Cursor to fetch the next page of results, or {@code null} if there are no more
		 * results.
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
		public GroupListResource build() {
			return new GroupListResource(this.object,
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.data, "'data' is required"))),
					Objects.requireNonNull(this.hasMore, "'hasMore' is required"), this.next,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link GroupListResource} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<GroupListResource> {

		Reader() {
			super(GroupListResource.class, "object", "data", "has_more", "next");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected GroupListResource create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new GroupListResource((String) values[0], (List<GroupResponse>) values[1], (Boolean) values[2],
					(String) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link GroupListResource} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<GroupListResource> {

		Writer() {
			super(GroupListResource.class, "object", "data", "has_more", "next");
		}

		@Override
		protected @Nullable Object value(GroupListResource record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.data();
				case 2 -> record.hasMore();
				case 3 -> record.next();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(GroupListResource record) {
			return record.additionalProperties();
		}

	}
}
