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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Approximate location parameters for the search.
 *
 * @param country The two-letter <a href="https://en.wikipedia.org/wiki/ISO_3166-1">ISO
 * country code</a> of the user, e.g. {@code US}.
 * @param region Free text input for the region of the user, e.g. {@code California}.
 * @param city Free text input for the city of the user, e.g. {@code San Francisco}.
 * @param timezone The <a href="https://timeapi.io/documentation/iana-timezones">IANA
 * timezone</a> of the user, e.g. {@code America/Los_Angeles}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = WebSearchLocation.Reader.class)
public record WebSearchLocation(@JsonProperty("country") @Nullable String country,
		@JsonProperty("region") @Nullable String region, @JsonProperty("city") @Nullable String city,
		@JsonProperty("timezone") @Nullable String timezone,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link WebSearchLocation}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param country The two-letter
	 * <a href="https://en.wikipedia.org/wiki/ISO_3166-1">ISO country code</a> of the
	 * user, e.g. {@code US}.
	 * @param region Free text input for the region of the user, e.g. {@code California}.
	 * @param city Free text input for the city of the user, e.g. {@code San Francisco}.
	 * @param timezone The <a href="https://timeapi.io/documentation/iana-timezones">IANA
	 * timezone</a> of the user, e.g. {@code America/Los_Angeles}.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public WebSearchLocation {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link WebSearchLocation}.
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
	 * Builds a {@link WebSearchLocation}.
	 */
	public static final class Builder {

		private @Nullable String country;

		private @Nullable String region;

		private @Nullable String city;

		private @Nullable String timezone;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(WebSearchLocation source) {
			this.country = source.country();
			this.region = source.region();
			this.city = source.city();
			this.timezone = source.timezone();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The two-letter <a href="https://en.wikipedia.org/wiki/ISO_3166-1">ISO country
		 * code</a> of the user, e.g. {@code US}.
		 * @param country the value
		 * @return this builder
		 */
		public Builder country(@Nullable String country) {
			this.country = country;
			return this;
		}

		/**
		 * Free text input for the region of the user, e.g. {@code California}.
		 * @param region the value
		 * @return this builder
		 */
		public Builder region(@Nullable String region) {
			this.region = region;
			return this;
		}

		/**
		 * Free text input for the city of the user, e.g. {@code San Francisco}.
		 * @param city the value
		 * @return this builder
		 */
		public Builder city(@Nullable String city) {
			this.city = city;
			return this;
		}

		/**
		 * The <a href="https://timeapi.io/documentation/iana-timezones">IANA timezone</a>
		 * of the user, e.g. {@code America/Los_Angeles}.
		 * @param timezone the value
		 * @return this builder
		 */
		public Builder timezone(@Nullable String timezone) {
			this.timezone = timezone;
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
		public WebSearchLocation build() {
			return new WebSearchLocation(this.country, this.region, this.city, this.timezone,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link WebSearchLocation} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<WebSearchLocation> {

		Reader() {
			super(WebSearchLocation.class, "country", "region", "city", "timezone");
		}

		@Override
		protected WebSearchLocation create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new WebSearchLocation((String) values[0], (String) values[1], (String) values[2], (String) values[3],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link WebSearchLocation} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<WebSearchLocation> {

		Writer() {
			super(WebSearchLocation.class, "country", "region", "city", "timezone");
		}

		@Override
		protected @Nullable Object value(WebSearchLocation record, int index) {
			return switch (index) {
				case 0 -> record.country();
				case 1 -> record.region();
				case 2 -> record.city();
				case 3 -> record.timezone();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(WebSearchLocation record) {
			return record.additionalProperties();
		}

	}
}
