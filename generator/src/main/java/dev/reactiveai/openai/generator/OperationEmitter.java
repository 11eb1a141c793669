package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import org.jspecify.annotations.Nullable;

/**
 * One operation's methods on its service: the call itself, its raw-response form, and its
 * paging, streaming, download and default-parameter forms where it has them. It writes
 * the operation as {@link ApiModelReader} resolved it, its types included.
 */
final class OperationEmitter {

	/** The package of what only generated services call: not API. */
	static final String INTERNAL = "dev.reactiveai.openai.core.internal";

	private static final ClassName API_REQUEST = ClassName.get(INTERNAL, "ApiRequest");

	static final ClassName API_RESPONSE = ClassName.get("dev.reactiveai.openai.core", "ApiResponse");

	private static final ClassName PAGE = ClassName.get("dev.reactiveai.openai.core", "Page");

	private static final ClassName PAGINATION = ClassName.get(INTERNAL, "Pagination");

	private static final ClassName DOWNLOADS = ClassName.get(INTERNAL, "Downloads");

	static final ClassName MONO = ClassName.get("reactor.core.publisher", "Mono");

	static final ClassName FLUX = ClassName.get("reactor.core.publisher", "Flux");

	private static final ClassName HTTP_METHOD = ClassName.get("org.springframework.http", "HttpMethod");

	private static final ClassName PATH = ClassName.get("java.nio.file", "Path");

	/** A parameter of a generated method and its Javadoc. */
	private record Parameter(ParameterSpec spec, CodeBlock doc) {

	}

	/** What the operation's main method returns, and its {@code @return}. */
	private record Returned(TypeName type, CodeBlock doc) {

	}

	/** What the service needs of the models: types and paging. */
	record Context(ModelGenerator models, Paging paging) {

	}

	private final ApiModel.ApiOperation operation;

	private final Context context;

	/** The service: its class and where its methods go. */
	private final Owner service;

	/** The service's raw-response view. */
	private final TypeSpec.Builder raw;

	/** The names of the methods emitted so far, for the service's collision check. */
	private final Set<String> emitted = new LinkedHashSet<>();

	private final List<Parameter> pathParameters = new ArrayList<>();

	private final List<String> queryNames = new ArrayList<>();

	private @Nullable TypeName multipartBody;

	OperationEmitter(ApiModel.ApiOperation operation, Context context, Owner service, TypeSpec.Builder raw) {
		this.operation = operation;
		this.context = context;
		this.service = service;
		this.raw = raw;
		this.operation.queryParameters().forEach((parameter) -> this.queryNames.add(parameter.name()));
	}

	/**
	 * Emit the operation's methods.
	 * @return the names of the methods it added to the service, the raw view's included
	 */
	Set<String> emit() {
		String name = this.operation.methodName();
		for (ApiModel.PathParameter parameter : this.operation.pathParameters()) {
			this.pathParameters
				.add(new Parameter(ParameterSpec.builder(ModelGenerator.STRING, parameter.javaName()).build(),
						CodeBlock.of("$L", parameter.doc())));
		}
		Streaming.Stream stream = this.operation.stream();
		ClassName params = this.operation.queryType();
		ApiModel.RequestBody body = this.operation.body();
		if (body != null && body.isMultipart()) {
			this.multipartBody = body.type();
		}
		ApiModel.Answer response = this.operation.answer();
		List<Parameter> parameters = new ArrayList<>(this.pathParameters);
		if (body != null) {
			parameters.add(new Parameter(ParameterSpec.builder(body.type(), "request").build(),
					MethodDocs.requestBody(body.description(), body.type(), name)));
		}
		if (params != null) {
			parameters.add(new Parameter(ParameterSpec.builder(params, "params").build(),
					MethodDocs.queryParameters(settableQuery(stream), this.operation.requiredQuery())));
		}
		String description = this.operation.summary();
		CodeBlock request = request(params, body, (stream != null) ? stream.wholeBody() : CodeBlock.of("request"),
				stream, false);
		Returned returned = switch (response.kind()) {
			case JSON -> emitJson(name, description, parameters, params, request, response.type());
			case EMPTY -> add(method(name, description, parameters),
					new Returned(ParameterizedTypeName.get(MONO, ClassName.get(Void.class)), MethodDocs.emptyAnswer()),
					CodeBlock.of("return this.transport.exchangeWithoutBody($L).then()", request));
			case BINARY -> emitDownload(name, description, parameters, request);
		};
		if (stream != null) {
			emitStream(name, description, parameters, body, params, stream);
		}
		if (params != null && this.operation.requiredQuery().isEmpty()) {
			emitWithoutParams(name, description, parameters, returned);
		}
		return this.emitted;
	}

	/**
	 * The type of the operation's multipart body, whose parts the service writes, or null
	 * when it sends none; known once {@link #emit()} ran.
	 * @return the type, or null
	 */
	@Nullable TypeName multipartBody() {
		return this.multipartBody;
	}

	/** The JSON call, its raw form, and its paged or whole-list form; what it returns. */
	private Returned emitJson(String name, String description, List<Parameter> parameters, @Nullable ClassName params,
			CodeBlock request, TypeName responseType) {
		TypeName apiResponse = ParameterizedTypeName.get(API_RESPONSE, responseType);
		this.raw.addMethod(
				method(name, description, parameters).addJavadoc("@return $L\n", MethodDocs.rawAnswer(responseType))
					.returns(ParameterizedTypeName.get(MONO, apiResponse))
					.addStatement("return $T.this.transport.exchange($L, $L)", this.service.className(), request,
							typeToken(responseType))
					.build());
		this.emitted.add(name);
		CodeBlock arguments = arguments(parameters);
		Paging.Shape page = (params != null) ? this.context.paging().shape(responseType, this.queryNames) : null;
		if (page != null) {
			return emitPaging(name, description, parameters, arguments, responseType, page);
		}
		TypeName listItem = name.equals("list") ? this.context.paging().itemType(responseType) : null;
		CodeBlock body = CodeBlock.of("return this.withRawResponse.$N($L).map($T::body)", name, arguments,
				API_RESPONSE);
		if (listItem != null) {
			add(method(name + "Page", MethodDocs.withNote(description, "The whole list, as the API answers."),
					parameters),
					new Returned(ParameterizedTypeName.get(MONO, responseType), MethodDocs.answer(responseType)), body);
			return add(method(name, description, parameters),
					new Returned(ParameterizedTypeName.get(FLUX, listItem),
							CodeBlock.of("every $L of the list", MethodDocs.link(listItem))),
					CodeBlock.of("return $NPage($L).flatMapIterable((page) -> page.data())", name, arguments));
		}
		return add(method(name, description, parameters),
				new Returned(ParameterizedTypeName.get(MONO, responseType), MethodDocs.answer(responseType)), body);
	}

	/**
	 * A cursor-paginated list: {@code <name>Page} answers one page, {@code <name>} every
	 * item, fetching pages as they are consumed.
	 */
	private Returned emitPaging(String name, String description, List<Parameter> parameters, CodeBlock arguments,
			TypeName responseType, Paging.Shape page) {
		String pageName = name + "Page";
		add(method(pageName, MethodDocs.withNote(description, "One page."), parameters),
				new Returned(ParameterizedTypeName.get(MONO, responseType),
						CodeBlock.of("one page of the list: $L", MethodDocs.answer(responseType))),
				CodeBlock.of("return this.withRawResponse.$N($L).map($T::body)", name, arguments, API_RESPONSE));
		CodeBlock pathArguments = this.pathParameters.stream()
			.map((parameter) -> CodeBlock.of("$N, ", parameter.spec()))
			.collect(CodeBlock.joining(""));
		String cursor = Names.camel(page.cursorParameter());
		return add(
				method(name, MethodDocs.withNote(description, "Pages are fetched as the items are consumed."),
						parameters),
				new Returned(ParameterizedTypeName.get(FLUX, page.itemType()),
						CodeBlock.of("every $L of the list, its pages fetched as the items are consumed",
								MethodDocs.link(page.itemType()))),
				CodeBlock.of(
						"return $T.items($S, params.$N(),\n(cursor) -> $N($Lparams.toBuilder().$N(cursor).build())\n"
								+ ".map((page) -> $T.of(page.data(), $T.TRUE.equals(page.hasMore()), $L, $L)))",
						PAGINATION, this.operation.httpMethod() + " " + this.operation.path(), cursor, pageName,
						pathArguments, cursor, PAGE, Boolean.class, page.firstId(), page.nextCursor()));
	}

	/** A download: the bytes as they arrive, or written to a file. */
	private Returned emitDownload(String name, String description, List<Parameter> parameters, CodeBlock request) {
		Returned content = add(method(name, description, parameters),
				new Returned(ParameterizedTypeName.get(FLUX, Bodies.DATA_BUFFER),
						CodeBlock.of("the content, buffer by buffer; release each one")),
				CodeBlock.of("return this.transport.download($L)", request));
		List<Parameter> withTarget = new ArrayList<>(parameters);
		withTarget.add(new Parameter(ParameterSpec.builder(PATH, "target").build(),
				CodeBlock.of("the file to write the content to; replaced if it exists")));
		add(method(name, MethodDocs.withNote(description, "Writes it to a file."), withTarget),
				new Returned(ParameterizedTypeName.get(MONO, PATH),
						CodeBlock.of("the file, once the whole content is in it")),
				CodeBlock.of("return $T.writeTo($N($L), target)", DOWNLOADS, name, arguments(parameters)));
		return content;
	}

	private void emitStream(String name, String description, List<Parameter> parameters,
			ApiModel.@Nullable RequestBody body, @Nullable ClassName params, Streaming.Stream stream) {
		ClassName events = this.context.models().className(stream.eventComponent());
		CodeBlock request = request(params, body, stream.streamingBody(), stream, true);
		add(method(name + "Stream", MethodDocs.withNote(description, "Streamed as server-sent events."), parameters),
				new Returned(ParameterizedTypeName.get(FLUX, events),
						CodeBlock.of("the $L events as the API sends them", MethodDocs.link(events))),
				CodeBlock.of("return this.transport.$L($L, $T.class)",
						stream.enveloped() ? "streamNamedEvents" : "stream", request, events));
	}

	/**
	 * An overload without query parameters, for operations whose parameters are all
	 * optional.
	 */
	private void emitWithoutParams(String name, String description, List<Parameter> parameters, Returned returned) {
		List<Parameter> without = new ArrayList<>(parameters);
		TypeName params = without.remove(without.size() - 1).spec().type();
		CodeBlock arguments = arguments(without);
		CodeBlock call = arguments.isEmpty() ? CodeBlock.of("$T.builder().build()", params)
				: CodeBlock.of("$L, $T.builder().build()", arguments, params);
		add(method(name, MethodDocs.withNote(description, "With default query parameters."), without), returned,
				CodeBlock.of("return $N($L)", name, call));
	}

	/** Add a method to the service. */
	private Returned add(MethodSpec.Builder method, Returned returned, CodeBlock body) {
		MethodSpec spec = method.addJavadoc("@return $L\n", returned.doc())
			.returns(returned.type())
			.addStatement(body)
			.build();
		this.service.builder().addMethod(spec);
		this.emitted.add(spec.name());
		return returned;
	}

	private MethodSpec.Builder method(String name, String description, List<Parameter> parameters) {
		MethodSpec.Builder method = ModelGenerator.publicMethod(name).addJavadoc("$L\n", description);
		for (Parameter parameter : parameters) {
			method.addParameter(parameter.spec()).addJavadoc("@param $N $L\n", parameter.spec(), parameter.doc());
		}
		return method;
	}

	private static CodeBlock arguments(List<Parameter> parameters) {
		return parameters.stream()
			.map((parameter) -> CodeBlock.of("$N", parameter.spec()))
			.collect(CodeBlock.joining(", "));
	}

	private static CodeBlock typeToken(TypeName type) {
		TypeName bare = type.withoutAnnotations();
		if (bare instanceof ParameterizedTypeName) {
			return CodeBlock.of("new $T<$T>() {\n}", ModelGenerator.TYPE_REFERENCE, bare);
		}
		return CodeBlock.of("$T.class", bare);
	}

	/**
	 * The query parameters the caller sets: not the one the call asks for a stream with.
	 */
	private List<String> settableQuery(Streaming.@Nullable Stream stream) {
		return this.queryNames.stream()
			.filter((query) -> stream == null || !stream.query() || !query.equals(stream.property()))
			.toList();
	}

	/**
	 * The {@code ApiRequest} of a call.
	 * @param params the query parameters' type, or null
	 * @param body the request body, or null
	 * @param bodyValue the body to send, or null to send none
	 * @param stream how the operation asks for a stream, or null when it does not stream
	 * @param streaming whether this is the call that asks for it
	 */
	private CodeBlock request(@Nullable ClassName params, ApiModel.@Nullable RequestBody body,
			@Nullable CodeBlock bodyValue, Streaming.@Nullable Stream stream, boolean streaming) {
		CodeBlock.Builder request = CodeBlock.builder()
			.add("$T.of($T.$L, $S", API_REQUEST, HTTP_METHOD, this.operation.httpMethod(), this.operation.path());
		for (Parameter parameter : this.pathParameters) {
			request.add(", $N", parameter.spec());
		}
		request.add(")\n.operation($S)", this.operation.id());
		if (this.operation.adminKey()) {
			request.add("\n.adminKey()");
		}
		if (this.operation.betaHeader() != null) {
			request.add("\n.header($S, $S)", "OpenAI-Beta", this.operation.betaHeader());
		}
		if (params != null) {
			for (String query : this.queryNames) {
				if (stream != null && stream.query() && query.equals(stream.property())) {
					// The parameter that asks for a stream: sent by the streaming call
					// only.
					if (streaming) {
						request.add("\n.query($S, $L)", query, stream.value());
					}
				}
				else {
					request.add("\n.query($S, params.$N())", query, Names.camel(query));
				}
			}
		}
		if (body != null && bodyValue != null) {
			request.add(body.attach(bodyValue));
		}
		return request.add("\n.build()").build();
	}

}
