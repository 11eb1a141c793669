package dev.reactiveai.openai.generator;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;

/**
 * Generates one service per resource group of the API, with a nested service per
 * sub-resource, as the naming table arranges them: {@code vectorStores.files} becomes
 * {@code vectorStores().files()}. Each operation is one method that describes the call
 * ({@code ApiRequest}) and hands it to the transport.
 */
final class ServiceGenerator {

	static final String BASE_PACKAGE = ResourceTree.BASE_PACKAGE;

	static final String AUTOCONFIGURE_PACKAGE = BASE_PACKAGE + ".autoconfigure";

	private static final ClassName TRANSPORT = ClassName.get(OperationEmitter.INTERNAL, "OpenAiTransport");

	private static final ClassName REQUEST_OPTIONS = ClassName.get("dev.reactiveai.openai.core", "RequestOptions");

	private final Map<String, ApiModel.Service> groups;

	private final ModelGenerator models;

	private final OperationEmitter.Context context;

	private final String tableSource;

	private final MultipartParts multipartParts;

	/**
	 * A generator of the services of a description.
	 * @param api the description's services and operations
	 * @param models the generator of their types
	 * @param tableSource the naming table, for messages
	 */
	ServiceGenerator(ApiModel api, ModelGenerator models, String tableSource) {
		this.groups = api.groups();
		this.models = models;
		this.context = new OperationEmitter.Context(models, new Paging(models));
		this.tableSource = tableSource;
		this.multipartParts = new MultipartParts(models);
	}

	/** The generated services, by class name. */
	Map<ClassName, TypeSpec> generate() {
		Map<ClassName, TypeSpec> services = new TreeMap<>((a, b) -> a.canonicalName().compareTo(b.canonicalName()));
		this.groups.values().forEach((resource) -> emit(resource, services));
		services.put(ClassName.get(BASE_PACKAGE, "OpenAiServices"), aggregate());
		return services;
	}

	/** What each group's package holds, by package name. */
	Map<String, String> packageDescriptions() {
		Map<String, String> descriptions = new TreeMap<>();
		this.groups.values()
			.forEach((group) -> descriptions.put(group.className().packageName(),
					"The {@code " + group.path() + "} operations of the OpenAI API."));
		return descriptions;
	}

	/**
	 * The auto-configuration's service beans: one per resource group, each replaceable.
	 */
	TypeSpec beans() {
		ClassName client = ClassName.get(BASE_PACKAGE, "OpenAiClient");
		TypeSpec.Builder type = TypeSpec.classBuilder("OpenAiServiceBeans")
			.addAnnotation(
					AnnotationSpec.builder(ClassName.get("org.springframework.context.annotation", "Configuration"))
						.addMember("proxyBeanMethods", "false")
						.build())
			.addJavadoc("One bean per resource group of the OpenAI API, from the default client.\n");
		this.groups.forEach((group, resource) -> type
			.addMethod(MethodSpec.methodBuilder("openAi" + Names.pascal(group) + "Service")
				.addAnnotation(ClassName.get("org.springframework.context.annotation", "Bean"))
				.addAnnotation(
						ClassName.get("org.springframework.boot.autoconfigure.condition", "ConditionalOnMissingBean"))
				.addParameter(client, "client")
				.returns(resource.className())
				.addStatement("return client.$N()", group)
				.build()));
		return type.build();
	}

	private void emit(ApiModel.Service resource, Map<ClassName, TypeSpec> services) {
		ClassName name = resource.className();
		TypeSpec.Builder type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
		type.addJavadoc("The {@code $L} operations of the OpenAI API.\n", resource.path());
		type.addField(TRANSPORT, "transport", Modifier.PRIVATE, Modifier.FINAL);
		MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
			.addModifiers(Modifier.PUBLIC)
			.addJavadoc("Create the service.\n@param transport the transport to call through\n")
			.addParameter(TRANSPORT, "transport")
			.addStatement("this.transport = transport");
		for (ApiModel.Service child : resource.children().values()) {
			ClassName childName = child.className();
			type.addField(childName, child.accessor(), Modifier.PRIVATE, Modifier.FINAL);
			constructor.addStatement("this.$N = new $T(transport)", child.accessor(), childName);
			type.addMethod(MethodSpec.methodBuilder(child.accessor())
				.addModifiers(Modifier.PUBLIC)
				.addJavadoc("The {@code $L} operations.\n@return their service\n", child.path())
				.returns(childName)
				.addStatement("return this.$N", child.accessor())
				.build());
			emit(child, services);
		}
		type.addMethod(constructor.build());
		type.addMethod(MethodSpec.methodBuilder("withOptions")
			.addModifiers(Modifier.PUBLIC)
			.addJavadoc("This service with the given per-call settings.\n@param options the settings\n")
			.addJavadoc("@return the service\n")
			.addParameter(REQUEST_OPTIONS, "options")
			.returns(name)
			.addStatement("return new $T(this.transport.withOptions(options))", name)
			.build());
		Owner owner = new Owner(name, type);
		ClassName rawName = owner.reserve("WithRawResponse");
		TypeSpec.Builder raw = TypeSpec.classBuilder(rawName)
			.addModifiers(Modifier.PUBLIC, Modifier.FINAL)
			.addJavadoc("The operations that answer with JSON, answering with status, headers and body.\n")
			.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
		Map<String, ApiModel.ApiOperation> methodOwners = new HashMap<>();
		Set<TypeName> multipartBodies = new LinkedHashSet<>();
		for (ApiModel.ApiOperation operation : resource.operations()) {
			OperationEmitter emitter = new OperationEmitter(operation, this.context, owner, raw);
			Set<String> methods = emitter.emit();
			TypeName multipartBody = emitter.multipartBody();
			if (multipartBody != null) {
				multipartBodies.add(multipartBody.withoutAnnotations());
			}
			for (String method : methods) {
				ApiModel.ApiOperation previous = methodOwners.putIfAbsent(method, operation);
				if (previous != null && previous != operation) {
					throw new IllegalStateException("The naming table " + this.tableSource + " needs changes: "
							+ String.join(".", resource.accessors()) + "." + method + " would be a method of both "
							+ previous.id() + " (line " + previous.tableLine() + ") and " + operation.id() + " (line "
							+ operation.tableLine() + "); rename one of them");
				}
			}
		}
		multipartBodies.forEach((body) -> type.addMethod(this.multipartParts.method(body)));
		if (!raw.build().methodSpecs().stream().allMatch(MethodSpec::isConstructor)) {
			type.addField(FieldSpec.builder(rawName, "withRawResponse", Modifier.PRIVATE, Modifier.FINAL)
				.initializer("new $T()", rawName)
				.build());
			type.addMethod(MethodSpec.methodBuilder("withRawResponse")
				.addModifiers(Modifier.PUBLIC)
				.addJavadoc("The same operations, answering with status, headers and body.\n@return the view\n")
				.returns(rawName)
				.addStatement("return this.withRawResponse")
				.build());
			type.addType(raw.build());
		}
		services.put(name, type.build());
	}

	private TypeSpec aggregate() {
		ClassName name = ClassName.get(BASE_PACKAGE, "OpenAiServices");
		TypeSpec.Builder type = TypeSpec.classBuilder(name)
			.addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
			.addJavadoc("Every service of the OpenAI API, one per resource group.\n");
		MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
			.addModifiers(Modifier.PROTECTED)
			.addJavadoc("Create the services.\n@param transport the transport every service calls through\n")
			.addParameter(TRANSPORT, "transport");
		this.groups.forEach((group, resource) -> {
			ClassName service = resource.className();
			type.addField(service, group, Modifier.PRIVATE, Modifier.FINAL);
			constructor.addStatement("this.$N = new $T(transport)", group, service);
			type.addMethod(MethodSpec.methodBuilder(group)
				.addModifiers(Modifier.PUBLIC)
				.addJavadoc("The {@code $L} operations.\n@return their service\n", resource.path())
				.returns(service)
				.addStatement("return this.$N", group)
				.build());
		});
		type.addMethod(constructor.build());
		return type.build();
	}

}
