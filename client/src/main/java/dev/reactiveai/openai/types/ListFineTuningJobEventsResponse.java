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
 * The response of {@code GET /fine_tuning/jobs/{fine_tuning_job_id}/events}: Get status
 * updates for a fine-tuning job.
 *
 * @param data The items on this page of the list.
 * @param object The object type, {@code list}.
 * @param hasMore Whether the list has more items after this page.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ListFineTuningJobEventsResponse.Reader.class)
public record ListFineTuningJobEventsResponse(@JsonProperty("data") List<FineTuningJobEvent> data,
		@JsonProperty("object") String object, @JsonProperty("has_more") Boolean hasMore,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ListFineTuningJobEventsResponse}, filling in {@code object} with
	 * its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param data The items on this page of the list.
	 * @param object The object type, {@code list}.
	 * @param hasMore Whether the list has more items after this page.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ListFineTuningJobEventsResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ListFineTuningJobEventsResponse}.
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
	 * Builds a {@link ListFineTuningJobEventsResponse}.
	 */
	public static final class Builder {

		private @Nullable List<FineTuningJobEvent> data;

		private @Nullable String object;

		private @Nullable Boolean hasMore;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "list";
		}

		private Builder(ListFineTuningJobEventsResponse source) {
			this.data = (source.data() != null) ? new ArrayList<>(source.data()) : null;
			this.object = source.object();
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
		public Builder data(@Nullable List<FineTuningJobEvent> data) {
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
		public Builder addData(FineTuningJobEvent data) {
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
		public ListFineTuningJobEventsResponse build() {
			return new ListFineTuningJobEventsResponse(
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.data, "'data' is required"))),
					this.object, Objects.requireNonNull(this.hasMore, "'hasMore' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ListFineTuningJobEventsResponse} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ListFineTuningJobEventsResponse> {

		Reader() {
			super(ListFineTuningJobEventsResponse.class, "data", "object", "has_more");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ListFineTuningJobEventsResponse create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ListFineTuningJobEventsResponse((List<FineTuningJobEvent>) values[0], (String) values[1],
					(Boolean) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ListFineTuningJobEventsResponse} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ListFineTuningJobEventsResponse> {

		Writer() {
			super(ListFineTuningJobEventsResponse.class, "data", "object", "has_more");
		}

		@Override
		protected @Nullable Object value(ListFineTuningJobEventsResponse record, int index) {
			return switch (index) {
				case 0 -> record.data();
				case 1 -> record.object();
				case 2 -> record.hasMore();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ListFineTuningJobEventsResponse record) {
			return record.additionalProperties();
		}

	}
}
