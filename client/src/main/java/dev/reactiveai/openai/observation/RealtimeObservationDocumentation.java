package dev.reactiveai.openai.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations the client makes of realtime sessions over WebSocket: one per session
 * and one per response within it. Names follow the OpenTelemetry semantic conventions for
 * generative AI clients, version 1.41.0, where they apply ({@code gen_ai.*},
 * {@code server.*}, {@code error.type}); those conventions name no realtime operation, so
 * {@code gen_ai.operation.name} is {@code realtime}, a value of this client's as the
 * conventions allow. The observations are named apart from
 * {@code gen_ai.client.operation}, so that their meters, whose tags differ, do not clash
 * with those of calls.
 */
public enum RealtimeObservationDocumentation implements ObservationDocumentation {

	/**
	 * One realtime session: from the handshake until the socket closed, the handshake
	 * failed, or opening was cancelled.
	 */
	REALTIME_SESSION {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultRealtimeSessionObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return new KeyName[] { LowCardinalityKeyNames.OPERATION_NAME, LowCardinalityKeyNames.PROVIDER_NAME,
					LowCardinalityKeyNames.REQUEST_MODEL, LowCardinalityKeyNames.SERVER_ADDRESS,
					LowCardinalityKeyNames.SERVER_PORT, LowCardinalityKeyNames.CLIENT_NAME,
					LowCardinalityKeyNames.ERROR_TYPE, LowCardinalityKeyNames.OUTCOME,
					LowCardinalityKeyNames.CLOSE_CODE };
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return new KeyName[] { HighCardinalityKeyNames.RESPONSES };
		}

	},

	/**
	 * One response of a session: from the server's {@code response.created} until its
	 * {@code response.done}, or until the session ended first.
	 */
	REALTIME_RESPONSE {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultRealtimeResponseObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return new KeyName[] { LowCardinalityKeyNames.OPERATION_NAME, LowCardinalityKeyNames.PROVIDER_NAME,
					LowCardinalityKeyNames.REQUEST_MODEL, LowCardinalityKeyNames.SERVER_ADDRESS,
					LowCardinalityKeyNames.SERVER_PORT, LowCardinalityKeyNames.CLIENT_NAME,
					LowCardinalityKeyNames.ERROR_TYPE, LowCardinalityKeyNames.OUTCOME,
					LowCardinalityKeyNames.RESPONSE_STATUS };
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return new KeyName[] { HighCardinalityKeyNames.RESPONSE_ID, HighCardinalityKeyNames.FINISH_REASONS,
					HighCardinalityKeyNames.USAGE_INPUT_TOKENS, HighCardinalityKeyNames.USAGE_OUTPUT_TOKENS };
		}

		@Override
		public Observation.Event[] getEvents() {
			return Events.values();
		}

	};

	/**
	 * Keys with a bounded set of values, fit to tag metrics.
	 */
	public enum LowCardinalityKeyNames implements KeyName {

		/**
		 * Always {@code realtime}.
		 */
		OPERATION_NAME {
			@Override
			public String asString() {
				return "gen_ai.operation.name";
			}
		},

		/**
		 * Always {@code openai}.
		 */
		PROVIDER_NAME {
			@Override
			public String asString() {
				return "gen_ai.provider.name";
			}
		},

		/**
		 * The model (on Azure, the deployment) the session was opened for, or
		 * {@code none}.
		 */
		REQUEST_MODEL {
			@Override
			public String asString() {
				return "gen_ai.request.model";
			}
		},

		/**
		 * The host the session connects to.
		 */
		SERVER_ADDRESS {
			@Override
			public String asString() {
				return "server.address";
			}
		},

		/**
		 * The port the session connects to.
		 */
		SERVER_PORT {
			@Override
			public String asString() {
				return "server.port";
			}
		},

		/**
		 * The name of the client that opened the session.
		 */
		CLIENT_NAME {
			@Override
			public String asString() {
				return "openai.client.name";
			}
		},

		/**
		 * The simple name of the exception that ended it, or {@code none}.
		 */
		ERROR_TYPE {
			@Override
			public String asString() {
				return "error.type";
			}
		},

		/**
		 * How it ended. A session: {@code closed} (by the client, or by the server with
		 * 1000), {@code closed_by_server} (with another code), {@code error} (the
		 * handshake or the connection failed, the client fell behind), {@code cancelled}
		 * (its subscriber cancelled). A response: {@code success}, {@code error} (its
		 * status is {@code failed}, or the session failed first), {@code cancelled} (its
		 * status is {@code cancelled}, or the session was closed first).
		 */
		OUTCOME {
			@Override
			public String asString() {
				return "openai.outcome";
			}
		},

		/**
		 * The WebSocket close code of a session, or {@code none} when it never opened.
		 */
		CLOSE_CODE {
			@Override
			public String asString() {
				return "openai.realtime.close_code";
			}
		},

		/**
		 * The status {@code response.done} gave ({@code completed}, {@code cancelled},
		 * {@code failed}, {@code incomplete}), or {@code none} when it never came.
		 */
		RESPONSE_STATUS {
			@Override
			public String asString() {
				return "openai.realtime.response.status";
			}
		}

	}

	/**
	 * Keys whose values vary per session or response: on spans, never on metrics.
	 */
	public enum HighCardinalityKeyNames implements KeyName {

		/**
		 * The id of the response ({@code resp_...}).
		 */
		RESPONSE_ID {
			@Override
			public String asString() {
				return "gen_ai.response.id";
			}
		},

		/**
		 * Why the response ended: the reason of its status details
		 * ({@code max_output_tokens}, {@code turn_detected}, ...), else its status.
		 */
		FINISH_REASONS {
			@Override
			public String asString() {
				return "gen_ai.response.finish_reasons";
			}
		},

		/**
		 * Input tokens, as the usage of {@code response.done} reports them.
		 */
		USAGE_INPUT_TOKENS {
			@Override
			public String asString() {
				return "gen_ai.usage.input_tokens";
			}
		},

		/**
		 * Output tokens, as the usage of {@code response.done} reports them.
		 */
		USAGE_OUTPUT_TOKENS {
			@Override
			public String asString() {
				return "gen_ai.usage.output_tokens";
			}
		},

		/**
		 * How many responses the session had.
		 */
		RESPONSES {
			@Override
			public String asString() {
				return "openai.realtime.responses";
			}
		}

	}

	/**
	 * What happens during a response.
	 */
	public enum Events implements Observation.Event {

		/**
		 * The response's first delta (text, audio, transcript or function arguments)
		 * arrived.
		 */
		FIRST_DELTA {
			@Override
			public String getName() {
				return "first_delta";
			}
		}

	}

}
