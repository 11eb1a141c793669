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
 * Sent when Realtime API Receives a incoming SIP call.
 *
 * @param createdAt The Unix timestamp (in seconds) of when the model response was
 * completed.
 * @param id The unique ID of the event.
 * @param data Event data payload.
 * @param object The object of the event. Always {@code event}.
 * @param type The type of the event. Always {@code realtime.call.incoming}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = WebhookRealtimeCallIncoming.Reader.class)
public record WebhookRealtimeCallIncoming(@JsonProperty("created_at") Long createdAt, @JsonProperty("id") String id,
		@JsonProperty("data") WebhookRealtimeCallIncoming.Data data, @JsonProperty("object") @Nullable String object,
		@JsonProperty("type") String type,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements WebhookEvent {

	/**
	 * Creates a {@link WebhookRealtimeCallIncoming}, filling in {@code object} and
	 * {@code type} with their single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param createdAt The Unix timestamp (in seconds) of when the model response was
	 * completed.
	 * @param id The unique ID of the event.
	 * @param data Event data payload.
	 * @param object The object of the event.
	 * @param type The type of the event.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public WebhookRealtimeCallIncoming {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link WebhookRealtimeCallIncoming}.
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
	 * Event data payload.
	 *
	 * @param callId The unique ID of this call.
	 * @param sipHeaders Headers from the SIP Invite.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Data.Reader.class)
	public static record Data(@JsonProperty("call_id") String callId,
			@JsonProperty("sip_headers") List<Data.SipHeader> sipHeaders,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Data}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param callId The unique ID of this call.
		 * @param sipHeaders Headers from the SIP Invite.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Data {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Data}.
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
		 * A header from the SIP Invite.
		 *
		 * @param name Name of the SIP Header.
		 * @param value Value of the SIP Header.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = SipHeader.Reader.class)
		public static record SipHeader(@JsonProperty("name") String name, @JsonProperty("value") String value,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link SipHeader}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param name Name of the SIP Header.
			 * @param value Value of the SIP Header.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public SipHeader {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link SipHeader}.
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
			 * Builds a {@link SipHeader}.
			 */
			public static final class Builder {

				private @Nullable String name;

				private @Nullable String value;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(SipHeader source) {
					this.name = source.name();
					this.value = source.value();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * Name of the SIP Header.
				 * @param name the value (required)
				 * @return this builder
				 */
				public Builder name(@Nullable String name) {
					this.name = name;
					return this;
				}

				/**
				 * Value of the SIP Header.
				 * @param value the value (required)
				 * @return this builder
				 */
				public Builder value(@Nullable String value) {
					this.value = value;
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
				public SipHeader build() {
					return new SipHeader(Objects.requireNonNull(this.name, "'name' is required"),
							Objects.requireNonNull(this.value, "'value' is required"), this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link SipHeader} from the parser's tokens; Jackson creates it from
			 * {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<SipHeader> {

				Reader() {
					super(SipHeader.class, "name", "value");
				}

				@Override
				protected SipHeader create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new SipHeader((String) values[0], (String) values[1], additionalProperties);
				}

			}

			/**
			 * Writes a {@link SipHeader} without reflection; the client's mapper finds it
			 * ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<SipHeader> {

				Writer() {
					super(SipHeader.class, "name", "value");
				}

				@Override
				protected @Nullable Object value(SipHeader record, int index) {
					return switch (index) {
						case 0 -> record.name();
						case 1 -> record.value();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(SipHeader record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link Data}.
		 */
		public static final class Builder {

			private @Nullable String callId;

			private @Nullable List<SipHeader> sipHeaders;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Data source) {
				this.callId = source.callId();
				this.sipHeaders = (source.sipHeaders() != null) ? new ArrayList<>(source.sipHeaders()) : null;
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The unique ID of this call.
			 * @param callId the value (required)
			 * @return this builder
			 */
			public Builder callId(@Nullable String callId) {
				this.callId = callId;
				return this;
			}

			/**
			 * Headers from the SIP Invite.
			 * <p>
			 * Takes a copy of the list.
			 * @param sipHeaders the value (required)
			 * @return this builder
			 */
			public Builder sipHeaders(@Nullable List<SipHeader> sipHeaders) {
				this.sipHeaders = (sipHeaders != null) ? new ArrayList<>(sipHeaders) : null;
				return this;
			}

			/**
			 * Headers from the SIP Invite.
			 * <p>
			 * Adds one item to the list, after those it has.
			 * @param sipHeader the item to add
			 * @return this builder
			 */
			public Builder addSipHeader(SipHeader sipHeader) {
				Objects.requireNonNull(sipHeader, "'sipHeader' must not be null");
				if (this.sipHeaders == null) {
					this.sipHeaders = new ArrayList<>();
				}
				this.sipHeaders.add(sipHeader);
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
			public Data build() {
				return new Data(Objects.requireNonNull(this.callId, "'callId' is required"),
						Collections.unmodifiableList(
								new ArrayList<>(Objects.requireNonNull(this.sipHeaders, "'sipHeaders' is required"))),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Data} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Data> {

			Reader() {
				super(Data.class, "call_id", "sip_headers");
			}

			@Override
			@SuppressWarnings("unchecked")
			protected Data create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Data((String) values[0], (List<SipHeader>) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Data} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Data> {

			Writer() {
				super(Data.class, "call_id", "sip_headers");
			}

			@Override
			protected @Nullable Object value(Data record, int index) {
				return switch (index) {
					case 0 -> record.callId();
					case 1 -> record.sipHeaders();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Data record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link WebhookRealtimeCallIncoming}.
	 */
	public static final class Builder {

		private @Nullable Long createdAt;

		private @Nullable String id;

		private @Nullable Data data;

		private @Nullable String object;

		private @Nullable String type;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "event";
			this.type = "realtime.call.incoming";
		}

		private Builder(WebhookRealtimeCallIncoming source) {
			this.createdAt = source.createdAt();
			this.id = source.id();
			this.data = source.data();
			this.object = source.object();
			this.type = source.type();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The Unix timestamp (in seconds) of when the model response was completed.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * The unique ID of the event.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Event data payload.
		 * @param data the value (required)
		 * @return this builder
		 */
		public Builder data(@Nullable Data data) {
			this.data = data;
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
		public WebhookRealtimeCallIncoming build() {
			return new WebhookRealtimeCallIncoming(Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.data, "'data' is required"), this.object, this.type,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link WebhookRealtimeCallIncoming} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<WebhookRealtimeCallIncoming> {

		Reader() {
			super(WebhookRealtimeCallIncoming.class, "created_at", "id", "data", "object", "type");
		}

		@Override
		protected WebhookRealtimeCallIncoming create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new WebhookRealtimeCallIncoming((Long) values[0], (String) values[1], (Data) values[2],
					(String) values[3], (String) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link WebhookRealtimeCallIncoming} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<WebhookRealtimeCallIncoming> {

		Writer() {
			super(WebhookRealtimeCallIncoming.class, "created_at", "id", "data", "object", "type");
		}

		@Override
		protected @Nullable Object value(WebhookRealtimeCallIncoming record, int index) {
			return switch (index) {
				case 0 -> record.createdAt();
				case 1 -> record.id();
				case 2 -> record.data();
				case 3 -> record.object();
				case 4 -> record.type();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(WebhookRealtimeCallIncoming record) {
			return record.additionalProperties();
		}

	}
}
