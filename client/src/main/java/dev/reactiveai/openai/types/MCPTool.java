// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Give the model access to additional tools via remote Model Context Protocol (MCP)
 * servers. <a href="https://platform.openai.com/docs/guides/tools-remote-mcp">Learn more
 * about MCP</a>.
 *
 * @param type The type of the MCP tool. Always {@code mcp}.
 * @param serverLabel A label for this MCP server, used to identify it in tool calls.
 * @param serverUrl The URL for the MCP server. One of {@code server_url} or
 * {@code connector_id} must be provided.
 * @param connectorId Identifier for service connectors, like those available in ChatGPT.
 * One of {@code server_url} or {@code connector_id} must be provided. Learn more about
 * service connectors
 * <a href="https://platform.openai.com/docs/guides/tools-remote-mcp#connectors">here</a>.
 * <p>
 * Currently supported {@code connector_id} values are:
 * <ul>
 * <li>Dropbox: {@code connector_dropbox}</li>
 * <li>Gmail: {@code connector_gmail}</li>
 * <li>Google Calendar: {@code connector_googlecalendar}</li>
 * <li>Google Drive: {@code connector_googledrive}</li>
 * <li>Microsoft Teams: {@code connector_microsoftteams}</li>
 * <li>Outlook Calendar: {@code connector_outlookcalendar}</li>
 * <li>Outlook Email: {@code connector_outlookemail}</li>
 * <li>SharePoint: {@code connector_sharepoint}</li>
 * </ul>
 * @param authorization An OAuth access token that can be used with a remote MCP server,
 * either with a custom MCP server URL or a service connector. Your application must
 * handle the OAuth authorization flow and provide the token here.
 * @param serverDescription Optional description of the MCP server, used to provide more
 * context.
 * @param headers Optional HTTP headers to send to the MCP server. Use for authentication
 * or other purposes.
 * @param allowedTools List of allowed tool names or a filter object.
 * @param requireApproval Specify which of the MCP server's tools require approval.
 * @param deferLoading Whether this MCP tool is deferred and discovered via tool search.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = MCPTool.Reader.class)
public record MCPTool(@JsonProperty("type") String type, @JsonProperty("server_label") String serverLabel,
		@JsonProperty("server_url") @Nullable String serverUrl,
		@JsonProperty("connector_id") MCPTool.@Nullable ConnectorId connectorId,
		@JsonProperty("authorization") @Nullable String authorization,
		@JsonProperty("server_description") @Nullable String serverDescription,
		@JsonProperty("headers") @Nullable Map<String, String> headers,
		@JsonProperty("allowed_tools") MCPTool.@Nullable AllowedTools allowedTools,
		@JsonProperty("require_approval") MCPTool.@Nullable RequireApproval requireApproval,
		@JsonProperty("defer_loading") @Nullable Boolean deferLoading,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			RealtimeResponseCreateParams.Tool,
			RealtimeSessionCreateRequestGA.Tool,
			RealtimeSessionCreateResponseGA.Tool,
			Tool {

	/**
	 * Creates a {@link MCPTool}, filling in {@code type} with its single possible value
	 * when absent; {@code additionalProperties} becomes an unmodifiable copy, empty for
	 * null.
	 * @param type The type of the MCP tool.
	 * @param serverLabel A label for this MCP server, used to identify it in tool calls.
	 * @param serverUrl The URL for the MCP server.
	 * @param connectorId Identifier for service connectors, like those available in
	 * ChatGPT.
	 * @param authorization An OAuth access token that can be used with a remote MCP
	 * server, either with a custom MCP server URL or a service connector.
	 * @param serverDescription Optional description of the MCP server, used to provide
	 * more context.
	 * @param headers Optional HTTP headers to send to the MCP server.
	 * @param allowedTools List of allowed tool names or a filter object.
	 * @param requireApproval Specify which of the MCP server's tools require approval.
	 * @param deferLoading Whether this MCP tool is deferred and discovered via tool
	 * search.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public MCPTool {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link MCPTool}.
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
	 * Identifier for service connectors, like those available in ChatGPT. One of
	 * {@code server_url} or {@code connector_id} must be provided. Learn more about
	 * service connectors <a href=
	 * "https://platform.openai.com/docs/guides/tools-remote-mcp#connectors">here</a>.
	 * <p>
	 * Currently supported {@code connector_id} values are:
	 * <ul>
	 * <li>Dropbox: {@code connector_dropbox}</li>
	 * <li>Gmail: {@code connector_gmail}</li>
	 * <li>Google Calendar: {@code connector_googlecalendar}</li>
	 * <li>Google Drive: {@code connector_googledrive}</li>
	 * <li>Microsoft Teams: {@code connector_microsoftteams}</li>
	 * <li>Outlook Calendar: {@code connector_outlookcalendar}</li>
	 * <li>Outlook Email: {@code connector_outlookemail}</li>
	 * <li>SharePoint: {@code connector_sharepoint}</li>
	 * </ul>
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record ConnectorId(@JsonValue String value) {
		/**
		 * The value {@code connector_dropbox}.
		 */
		public static final ConnectorId CONNECTOR_DROPBOX = new ConnectorId("connector_dropbox");

		/**
		 * The value {@code connector_gmail}.
		 */
		public static final ConnectorId CONNECTOR_GMAIL = new ConnectorId("connector_gmail");

		/**
		 * The value {@code connector_googlecalendar}.
		 */
		public static final ConnectorId CONNECTOR_GOOGLECALENDAR = new ConnectorId("connector_googlecalendar");

		/**
		 * The value {@code connector_googledrive}.
		 */
		public static final ConnectorId CONNECTOR_GOOGLEDRIVE = new ConnectorId("connector_googledrive");

		/**
		 * The value {@code connector_microsoftteams}.
		 */
		public static final ConnectorId CONNECTOR_MICROSOFTTEAMS = new ConnectorId("connector_microsoftteams");

		/**
		 * The value {@code connector_outlookcalendar}.
		 */
		public static final ConnectorId CONNECTOR_OUTLOOKCALENDAR = new ConnectorId("connector_outlookcalendar");

		/**
		 * The value {@code connector_outlookemail}.
		 */
		public static final ConnectorId CONNECTOR_OUTLOOKEMAIL = new ConnectorId("connector_outlookemail");

		/**
		 * The value {@code connector_sharepoint}.
		 */
		public static final ConnectorId CONNECTOR_SHAREPOINT = new ConnectorId("connector_sharepoint");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public ConnectorId {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static ConnectorId of(String value) {
			return switch (value) {
				case "connector_dropbox" -> CONNECTOR_DROPBOX;
				case "connector_gmail" -> CONNECTOR_GMAIL;
				case "connector_googlecalendar" -> CONNECTOR_GOOGLECALENDAR;
				case "connector_googledrive" -> CONNECTOR_GOOGLEDRIVE;
				case "connector_microsoftteams" -> CONNECTOR_MICROSOFTTEAMS;
				case "connector_outlookcalendar" -> CONNECTOR_OUTLOOKCALENDAR;
				case "connector_outlookemail" -> CONNECTOR_OUTLOOKEMAIL;
				case "connector_sharepoint" -> CONNECTOR_SHAREPOINT;
				default -> new ConnectorId(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "connector_dropbox", "connector_gmail", "connector_googlecalendar", "connector_googledrive",
						"connector_microsoftteams", "connector_outlookcalendar", "connector_outlookemail",
						"connector_sharepoint" ->
					true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * List of allowed tool names or a filter object.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = AllowedTools.Deserializer.class)
	public sealed interface AllowedTools permits AllowedTools.StringList, MCPToolFilter, AllowedTools.Unknown {

		/**
		 * A {@link AllowedTools} that is a {@code List<String>}.
		 *
		 * @param value the value
		 */
		record StringList(@JsonValue List<String> value) implements AllowedTools {
			/**
			 * Creates a {@link StringList}, rejecting a null value.
			 * @param value the value
			 */
			public StringList {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link AllowedTools} that this version of the client does not recognize, kept
		 * as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements AllowedTools, UnknownVariant {
		}

		/**
		 * Reads a {@link AllowedTools} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<AllowedTools> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<AllowedTools>variants(Unknown::new)
					.object(MCPToolFilter.class, VariantShape.declaring("tool_names", "read_only"))
					.array(new TypeReference<List<String>>() {
					}, StringList::new));
			}

		}

	}

	/**
	 * Specify which of the MCP server's tools require approval.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = RequireApproval.Deserializer.class)
	public sealed interface RequireApproval permits RequireApproval.MCPToolApprovalFilter,
			RequireApproval.MCPToolApprovalSettingValue, RequireApproval.Unknown {

		/**
		 * Specify which of the MCP server's tools require approval. Can be
		 * {@code always}, {@code never}, or a filter object associated with tools that
		 * require approval.
		 *
		 * @param always A filter object to specify which tools are allowed.
		 * @param never A filter object to specify which tools are allowed.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = MCPToolApprovalFilter.Reader.class)
		record MCPToolApprovalFilter(@JsonProperty("always") @Nullable MCPToolFilter always,
				@JsonProperty("never") @Nullable MCPToolFilter never,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RequireApproval {

			/**
			 * Creates a {@link MCPToolApprovalFilter}; {@code additionalProperties}
			 * becomes an unmodifiable copy, empty for null.
			 * @param always A filter object to specify which tools are allowed.
			 * @param never A filter object to specify which tools are allowed.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public MCPToolApprovalFilter {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link MCPToolApprovalFilter}.
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
			 * Builds a {@link MCPToolApprovalFilter}.
			 */
			public static final class Builder {

				private @Nullable MCPToolFilter always;

				private @Nullable MCPToolFilter never;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(MCPToolApprovalFilter source) {
					this.always = source.always();
					this.never = source.never();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * A filter object to specify which tools are allowed.
				 * @param always the value
				 * @return this builder
				 */
				public Builder always(@Nullable MCPToolFilter always) {
					this.always = always;
					return this;
				}

				/**
				 * A filter object to specify which tools are allowed.
				 * @param never the value
				 * @return this builder
				 */
				public Builder never(@Nullable MCPToolFilter never) {
					this.never = never;
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
				public MCPToolApprovalFilter build() {
					return new MCPToolApprovalFilter(this.always, this.never, this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link MCPToolApprovalFilter} from the parser's tokens; Jackson
			 * creates it from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<MCPToolApprovalFilter> {

				Reader() {
					super(MCPToolApprovalFilter.class, "always", "never");
				}

				@Override
				protected MCPToolApprovalFilter create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new MCPToolApprovalFilter((MCPToolFilter) values[0], (MCPToolFilter) values[1],
							additionalProperties);
				}

			}

			/**
			 * Writes a {@link MCPToolApprovalFilter} without reflection; the client's
			 * mapper finds it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<MCPToolApprovalFilter> {

				Writer() {
					super(MCPToolApprovalFilter.class, "always", "never");
				}

				@Override
				protected @Nullable Object value(MCPToolApprovalFilter record, int index) {
					return switch (index) {
						case 0 -> record.always();
						case 1 -> record.never();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(MCPToolApprovalFilter record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Specify a single approval policy for all tools. One of {@code always} or
		 * {@code never}. When set to {@code always}, all tools will require approval.
		 * When set to {@code never}, all tools will not require approval.
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		record MCPToolApprovalSetting(@JsonValue String value) {
			/**
			 * The value {@code always}.
			 */
			public static final MCPToolApprovalSetting ALWAYS = new MCPToolApprovalSetting("always");

			/**
			 * The value {@code never}.
			 */
			public static final MCPToolApprovalSetting NEVER = new MCPToolApprovalSetting("never");

			/**
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
			 * @param value the value as the API spells it
			 */
			public MCPToolApprovalSetting {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
			 * @param value the value as the API spells it
			 * @return the value
			 */
			@JsonCreator
			public static MCPToolApprovalSetting of(String value) {
				return switch (value) {
					case "always" -> ALWAYS;
					case "never" -> NEVER;
					default -> new MCPToolApprovalSetting(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 * @return whether the value is one of the constants
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "always", "never" -> true;
					default -> false;
				};
			}

			@Override
			public String toString() {
				return this.value;
			}
		}

		/**
		 * A {@link RequireApproval} that is a {@code MCPToolApprovalSetting}.
		 *
		 * @param value the value
		 */
		record MCPToolApprovalSettingValue(@JsonValue MCPToolApprovalSetting value) implements RequireApproval {
			/**
			 * Creates a {@link MCPToolApprovalSettingValue}, rejecting a null value.
			 * @param value the value
			 */
			public MCPToolApprovalSettingValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link RequireApproval} that this version of the client does not recognize,
		 * kept as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements RequireApproval, UnknownVariant {
		}

		/**
		 * Reads a {@link RequireApproval} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<RequireApproval> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<RequireApproval>variants(Unknown::new)
					.object(MCPToolApprovalFilter.class, VariantShape.declaring("always", "never"))
					.string(MCPToolApprovalSetting.class, MCPToolApprovalSettingValue::new));
			}

		}

	}

	/**
	 * Builds a {@link MCPTool}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String serverLabel;

		private @Nullable String serverUrl;

		private @Nullable ConnectorId connectorId;

		private @Nullable String authorization;

		private @Nullable String serverDescription;

		private @Nullable Map<String, String> headers;

		private @Nullable AllowedTools allowedTools;

		private @Nullable RequireApproval requireApproval;

		private @Nullable Boolean deferLoading;

		/**
		 * The list that {@code allowedTools} holds and its adder adds to, until the value
		 * is built.
		 */
		private @Nullable List<String> allowedToolsAdded;

		private AllowedTools.@Nullable StringList allowedToolsAddedTo;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "mcp";
		}

		private Builder(MCPTool source) {
			this.type = source.type();
			this.serverLabel = source.serverLabel();
			this.serverUrl = source.serverUrl();
			this.connectorId = source.connectorId();
			this.authorization = source.authorization();
			this.serverDescription = source.serverDescription();
			this.headers = (source.headers() != null) ? new LinkedHashMap<>(source.headers()) : null;
			this.allowedTools = source.allowedTools();
			this.requireApproval = source.requireApproval();
			this.deferLoading = source.deferLoading();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A label for this MCP server, used to identify it in tool calls.
		 * @param serverLabel the value (required)
		 * @return this builder
		 */
		public Builder serverLabel(@Nullable String serverLabel) {
			this.serverLabel = serverLabel;
			return this;
		}

		/**
		 * The URL for the MCP server.
		 * @param serverUrl the value
		 * @return this builder
		 */
		public Builder serverUrl(@Nullable String serverUrl) {
			this.serverUrl = serverUrl;
			return this;
		}

		/**
		 * Identifier for service connectors, like those available in ChatGPT.
		 * @param connectorId the value
		 * @return this builder
		 */
		public Builder connectorId(@Nullable ConnectorId connectorId) {
			this.connectorId = connectorId;
			return this;
		}

		/**
		 * Identifier for service connectors, like those available in ChatGPT.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder connectorId(String value) {
			return connectorId(ConnectorId.of(value));
		}

		/**
		 * An OAuth access token that can be used with a remote MCP server, either with a
		 * custom MCP server URL or a service connector.
		 * @param authorization the value
		 * @return this builder
		 */
		public Builder authorization(@Nullable String authorization) {
			this.authorization = authorization;
			return this;
		}

		/**
		 * Optional description of the MCP server, used to provide more context.
		 * @param serverDescription the value
		 * @return this builder
		 */
		public Builder serverDescription(@Nullable String serverDescription) {
			this.serverDescription = serverDescription;
			return this;
		}

		/**
		 * Optional HTTP headers to send to the MCP server.
		 * <p>
		 * Takes a copy of the map.
		 * @param headers the value
		 * @return this builder
		 */
		public Builder headers(@Nullable Map<String, String> headers) {
			this.headers = (headers != null) ? new LinkedHashMap<>(headers) : null;
			return this;
		}

		/**
		 * Optional HTTP headers to send to the MCP server.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putHeader(String key, String value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.headers == null) {
				this.headers = new LinkedHashMap<>();
			}
			this.headers.put(key, value);
			return this;
		}

		/**
		 * List of allowed tool names or a filter object.
		 * @param allowedTools the value
		 * @return this builder
		 */
		public Builder allowedTools(@Nullable AllowedTools allowedTools) {
			this.allowedTools = allowedTools;
			return this;
		}

		/**
		 * List of allowed tool names or a filter object.
		 * <p>
		 * Takes the value of a {@link AllowedTools.StringList}, copying the list.
		 * @param value the value
		 * @return this builder
		 */
		public Builder allowedTools(List<String> value) {
			return allowedTools(new AllowedTools.StringList(Collections.unmodifiableList(new ArrayList<>(value))));
		}

		/**
		 * List of allowed tool names or a filter object.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param allowedTool the item to add
		 * @return this builder
		 */
		public Builder addAllowedTool(String allowedTool) {
			Objects.requireNonNull(allowedTool, "'allowedTool' must not be null");
			if (this.allowedToolsAdded == null || this.allowedTools != this.allowedToolsAddedTo) {
				List<String> items = new ArrayList<>();
				if (this.allowedTools instanceof AllowedTools.StringList held) {
					items.addAll(held.value());
				}
				else if (this.allowedTools != null) {
					throw new IllegalStateException("Cannot add to 'allowedTools', which holds a "
							+ this.allowedTools.getClass().getSimpleName() + ", not a list: set it to a list first");
				}
				this.allowedToolsAdded = items;
				this.allowedToolsAddedTo = new AllowedTools.StringList(Collections.unmodifiableList(items));
				this.allowedTools = this.allowedToolsAddedTo;
			}
			this.allowedToolsAdded.add(allowedTool);
			return this;
		}

		/**
		 * Specify which of the MCP server's tools require approval.
		 * @param requireApproval the value
		 * @return this builder
		 */
		public Builder requireApproval(@Nullable RequireApproval requireApproval) {
			this.requireApproval = requireApproval;
			return this;
		}

		/**
		 * Specify which of the MCP server's tools require approval.
		 * <p>
		 * Takes the value of a {@link RequireApproval.MCPToolApprovalSettingValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder requireApproval(RequireApproval.MCPToolApprovalSetting value) {
			return requireApproval(new RequireApproval.MCPToolApprovalSettingValue(value));
		}

		/**
		 * Whether this MCP tool is deferred and discovered via tool search.
		 * @param deferLoading the value
		 * @return this builder
		 */
		public Builder deferLoading(@Nullable Boolean deferLoading) {
			this.deferLoading = deferLoading;
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
		public MCPTool build() {
			MCPTool value = new MCPTool(this.type,
					Objects.requireNonNull(this.serverLabel, "'serverLabel' is required"), this.serverUrl,
					this.connectorId, this.authorization, this.serverDescription,
					(this.headers != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.headers)) : null,
					this.allowedTools, this.requireApproval, this.deferLoading, this.additionalProperties);
			// The value holds the lists added to: the next add starts another.
			this.allowedToolsAdded = null;
			this.allowedToolsAddedTo = null;
			return value;
		}

	}

	/**
	 * Reads a {@link MCPTool} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<MCPTool> {

		Reader() {
			super(MCPTool.class, "type", "server_label", "server_url", "connector_id", "authorization",
					"server_description", "headers", "allowed_tools", "require_approval", "defer_loading");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 3 -> ConnectorId.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected MCPTool create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new MCPTool((String) values[0], (String) values[1], (String) values[2], (ConnectorId) values[3],
					(String) values[4], (String) values[5], (Map<String, String>) values[6], (AllowedTools) values[7],
					(RequireApproval) values[8], (Boolean) values[9], additionalProperties);
		}

	}

	/**
	 * Writes a {@link MCPTool} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<MCPTool> {

		Writer() {
			super(MCPTool.class, "type", "server_label", "server_url", "connector_id", "authorization",
					"server_description", "headers", "allowed_tools", "require_approval", "defer_loading");
		}

		@Override
		protected @Nullable Object value(MCPTool record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.serverLabel();
				case 2 -> record.serverUrl();
				case 3 -> record.connectorId();
				case 4 -> record.authorization();
				case 5 -> record.serverDescription();
				case 6 -> record.headers();
				case 7 -> record.allowedTools();
				case 8 -> record.requireApproval();
				case 9 -> record.deferLoading();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(MCPTool record) {
			return record.additionalProperties();
		}

	}
}
