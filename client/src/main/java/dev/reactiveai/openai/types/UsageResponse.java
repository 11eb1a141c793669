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
 * The response of {@code GET /organization/costs},
 * {@code GET /organization/usage/audio_speeches},
 * {@code GET /organization/usage/audio_transcriptions} and 6 more.
 *
 * @param object The object type, {@code list}.
 * @param data The items on this page of the list.
 * @param hasMore Whether the list has more items after this page.
 * @param nextPage A string (the API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = UsageResponse.Reader.class)
public record UsageResponse(@JsonProperty("object") String object, @JsonProperty("data") List<UsageTimeBucket> data,
		@JsonProperty("has_more") Boolean hasMore, @JsonProperty("next_page") String nextPage,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link UsageResponse}, filling in {@code object} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param object The object type, {@code list}.
	 * @param data The items on this page of the list.
	 * @param hasMore Whether the list has more items after this page.
	 * @param nextPage A string (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public UsageResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link UsageResponse}.
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
	 * Builds a {@link UsageResponse}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable List<UsageTimeBucket> data;

		private @Nullable Boolean hasMore;

		private @Nullable String nextPage;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "page";
		}

		private Builder(UsageResponse source) {
			this.object = source.object();
			this.data = (source.data() != null) ? new ArrayList<>(source.data()) : null;
			this.hasMore = source.hasMore();
			this.nextPage = source.nextPage();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The items on this page of the list.
		 * <p>
		 * Takes a copy of the list.
		 * @param data the value (required)
		 * @return this builder
		 */
		public Builder data(@Nullable List<UsageTimeBucket> data) {
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
		public Builder addData(UsageTimeBucket data) {
			Objects.requireNonNull(data, "'data' must not be null");
			if (this.data == null) {
				this.data = new ArrayList<>();
			}
			this.data.add(data);
			return this;
		}

		/**
		 * Whether the list has more items after this page.
		 * @param hasMore the value (required)
		 * @return this builder
		 */
		public Builder hasMore(@Nullable Boolean hasMore) {
			this.hasMore = hasMore;
			return this;
		}

		/**
		 * A string (the API description says no more).
		 * @param nextPage the value (required)
		 * @return this builder
		 */
		public Builder nextPage(@Nullable String nextPage) {
			this.nextPage = nextPage;
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
		public UsageResponse build() {
			return new UsageResponse(this.object,
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.data, "'data' is required"))),
					Objects.requireNonNull(this.hasMore, "'hasMore' is required"),
					Objects.requireNonNull(this.nextPage, "'nextPage' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link UsageResponse} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<UsageResponse> {

		Reader() {
			super(UsageResponse.class, "object", "data", "has_more", "next_page");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected UsageResponse create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new UsageResponse((String) values[0], (List<UsageTimeBucket>) values[1], (Boolean) values[2],
					(String) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link UsageResponse} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<UsageResponse> {

		Writer() {
			super(UsageResponse.class, "object", "data", "has_more", "next_page");
		}

		@Override
		protected @Nullable Object value(UsageResponse record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.data();
				case 2 -> record.hasMore();
				case 3 -> record.nextPage();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(UsageResponse record) {
			return record.additionalProperties();
		}

	}
}
