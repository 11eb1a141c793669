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
 * The response of {@code GET /fine_tuning/jobs}: List your organization's fine-tuning
 * jobs.
 *
 * @param data The items on this page of the list.
 * @param hasMore Whether the list has more items after this page.
 * @param object The object type, {@code list}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ListPaginatedFineTuningJobsResponse.Reader.class)
public record ListPaginatedFineTuningJobsResponse(@JsonProperty("data") List<FineTuningJob> data,
		@JsonProperty("has_more") Boolean hasMore, @JsonProperty("object") String object,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ListPaginatedFineTuningJobsResponse}, filling in {@code object}
	 * with its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param data The items on this page of the list.
	 * @param hasMore Whether the list has more items after this page.
	 * @param object The object type, {@code list}.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ListPaginatedFineTuningJobsResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ListPaginatedFineTuningJobsResponse}.
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
	 * Builds a {@link ListPaginatedFineTuningJobsResponse}.
	 */
	public static final class Builder {

		private @Nullable List<FineTuningJob> data;

		private @Nullable Boolean hasMore;

		private @Nullable String object;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "list";
		}

		private Builder(ListPaginatedFineTuningJobsResponse source) {
			this.data = (source.data() != null) ? new ArrayList<>(source.data()) : null;
			this.hasMore = source.hasMore();
			this.object = source.object();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The items on this page of the list.
		 * <p>
		 * Takes a copy of the list.
		 * @param data the value (required)
		 * @return this builder
		 */
		public Builder data(@Nullable List<FineTuningJob> data) {
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
		public Builder addData(FineTuningJob data) {
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
		public ListPaginatedFineTuningJobsResponse build() {
			return new ListPaginatedFineTuningJobsResponse(
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.data, "'data' is required"))),
					Objects.requireNonNull(this.hasMore, "'hasMore' is required"), this.object,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ListPaginatedFineTuningJobsResponse} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ListPaginatedFineTuningJobsResponse> {

		Reader() {
			super(ListPaginatedFineTuningJobsResponse.class, "data", "has_more", "object");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ListPaginatedFineTuningJobsResponse create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ListPaginatedFineTuningJobsResponse((List<FineTuningJob>) values[0], (Boolean) values[1],
					(String) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ListPaginatedFineTuningJobsResponse} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ListPaginatedFineTuningJobsResponse> {

		Writer() {
			super(ListPaginatedFineTuningJobsResponse.class, "data", "has_more", "object");
		}

		@Override
		protected @Nullable Object value(ListPaginatedFineTuningJobsResponse record, int index) {
			return switch (index) {
				case 0 -> record.data();
				case 1 -> record.hasMore();
				case 2 -> record.object();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ListPaginatedFineTuningJobsResponse record) {
			return record.additionalProperties();
		}

	}
}
