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
 * The query parameters of {@code GET /responses/{response_id}}: Retrieves a model
 * response with the given ID.
 *
 * @param include Additional fields to include in the response. See the {@code include}
 * parameter for Response creation above for more information.
 * @param stream If set to true, the model response data will be streamed to the client as
 * it is generated using <a href=
 * "https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format">server-sent
 * events</a>. See the
 * <a href="https://platform.openai.com/docs/api-reference/responses-streaming">Streaming
 * section below</a> for more information.
 * @param startingAfter The sequence number of the event after which to start streaming.
 * @param includeObfuscation When true, stream obfuscation will be enabled. Stream
 * obfuscation adds random characters to an {@code obfuscation} field on streaming delta
 * events to normalize payload sizes as a mitigation to certain side-channel attacks.
 * These obfuscation fields are included by default, but add a small amount of overhead to
 * the data stream. You can set {@code include_obfuscation} to false to optimize for
 * bandwidth if you trust the network links between your application and the OpenAI API.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponsesRetrieveParams.Reader.class)
public record ResponsesRetrieveParams(@JsonProperty("include") @Nullable List<IncludeEnum> include,
		@JsonProperty("stream") @Nullable Boolean stream, @JsonProperty("starting_after") @Nullable Long startingAfter,
		@JsonProperty("include_obfuscation") @Nullable Boolean includeObfuscation,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ResponsesRetrieveParams}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param include Additional fields to include in the response.
	 * @param stream If set to true, the model response data will be streamed to the
	 * client as it is generated using <a href=
	 * "https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-sent_events#Event_stream_format">server-sent
	 * events</a>.
	 * @param startingAfter The sequence number of the event after which to start
	 * streaming.
	 * @param includeObfuscation When true, stream obfuscation will be enabled.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponsesRetrieveParams {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponsesRetrieveParams}.
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
	 * Builds a {@link ResponsesRetrieveParams}.
	 * <p>
	 * {@code stream} is set by the service's call, which decides whether to stream.
	 */
	public static final class Builder {

		private @Nullable List<IncludeEnum> include;

		private @Nullable Long startingAfter;

		private @Nullable Boolean includeObfuscation;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ResponsesRetrieveParams source) {
			this.include = (source.include() != null) ? new ArrayList<>(source.include()) : null;
			this.startingAfter = source.startingAfter();
			this.includeObfuscation = source.includeObfuscation();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Additional fields to include in the response.
		 * <p>
		 * Takes a copy of the list.
		 * @param include the value
		 * @return this builder
		 */
		public Builder include(@Nullable List<IncludeEnum> include) {
			this.include = (include != null) ? new ArrayList<>(include) : null;
			return this;
		}

		/**
		 * Additional fields to include in the response.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param include the item to add
		 * @return this builder
		 */
		public Builder addInclude(IncludeEnum include) {
			Objects.requireNonNull(include, "'include' must not be null");
			if (this.include == null) {
				this.include = new ArrayList<>();
			}
			this.include.add(include);
			return this;
		}

		/**
		 * Additional fields to include in the response.
		 * <p>
		 * Adds one item, as the API spells it, known to this client or not.
		 * @param value the item to add
		 * @return this builder
		 */
		public Builder addInclude(String value) {
			return addInclude(IncludeEnum.of(value));
		}

		/**
		 * The sequence number of the event after which to start streaming.
		 * @param startingAfter the value
		 * @return this builder
		 */
		public Builder startingAfter(@Nullable Long startingAfter) {
			this.startingAfter = startingAfter;
			return this;
		}

		/**
		 * When true, stream obfuscation will be enabled.
		 * @param includeObfuscation the value
		 * @return this builder
		 */
		public Builder includeObfuscation(@Nullable Boolean includeObfuscation) {
			this.includeObfuscation = includeObfuscation;
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
		public ResponsesRetrieveParams build() {
			return new ResponsesRetrieveParams(
					(this.include != null) ? Collections.unmodifiableList(new ArrayList<>(this.include)) : null, null,
					this.startingAfter, this.includeObfuscation, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponsesRetrieveParams} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponsesRetrieveParams> {

		Reader() {
			super(ResponsesRetrieveParams.class, "include", "stream", "starting_after", "include_obfuscation");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ResponsesRetrieveParams create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponsesRetrieveParams((List<IncludeEnum>) values[0], (Boolean) values[1], (Long) values[2],
					(Boolean) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponsesRetrieveParams} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponsesRetrieveParams> {

		Writer() {
			super(ResponsesRetrieveParams.class, "include", "stream", "starting_after", "include_obfuscation");
		}

		@Override
		protected @Nullable Object value(ResponsesRetrieveParams record, int index) {
			return switch (index) {
				case 0 -> record.include();
				case 1 -> record.stream();
				case 2 -> record.startingAfter();
				case 3 -> record.includeObfuscation();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponsesRetrieveParams record) {
			return record.additionalProperties();
		}

	}
}
