package dev.reactiveai.openai.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The models that {@link TypeModelReader} reads from the fixture description's schemas
 * ({@code src/test/resources/fixture}): records with their properties' Java names, types
 * and documentation resolved, unions with their variants and the table that tells them
 * apart, open enums with their values, and the inline types they declare.
 */
class TypeModelReaderTests {

	private static final String PACKAGE = Generator.MODEL_PACKAGE;

	/** The types that inline schemas of aliases declare top-level, as they are read. */
	private final Map<String, TypeModel> topLevel = new TreeMap<>();

	private final TypeModelReader reader = reader(ServiceFixtureTests.fixture(),
			ServiceFixtureTests.fixtureShortcuts());

	@Test
	void aRecordHasItsPropertiesWithTheirJavaNamesTypesAndNullability() {
		TypeModel.RecordType widget = record("Widget");
		assertThat(widget.name()).isEqualTo(type("Widget"));
		assertThat(widget.component()).isEqualTo("Widget");
		assertThat(widget.properties()).extracting(TypeModel.Property::jsonName).containsExactly("id", "name");
		TypeModel.Property id = widget.properties().get(0);
		assertThat(id.type()).isEqualTo(ModelGenerator.STRING);
		assertThat(id.required()).isTrue();
		assertThat(id.declaredType()).isEqualTo(ModelGenerator.STRING);
		TypeModel.Property name = widget.properties().get(1);
		assertThat(name.required()).isFalse();
		assertThat(name.declaredType()).isEqualTo(ModelGenerator.nullable(ModelGenerator.STRING));
		TypeModel.RecordType request = record("CreateWidgetRequest");
		assertThat(property(request, "add_category").javaName()).isEqualTo("addCategory");
		assertThat(property(request, "stream_options").type()).isEqualTo(type("WidgetStreamOptions"));
		TypeModel.Property categories = property(request, "categories");
		assertThat(categories.type()).isEqualTo(ParameterizedTypeName.get(ModelGenerator.LIST, ModelGenerator.STRING));
		assertThat(categories.listItem()).isEqualTo(ModelGenerator.STRING);
		assertThat(categories.mapValue()).isNull();
		assertThat(property(request, "labels").mapValue()).isEqualTo(ModelGenerator.STRING);
		assertThat(property(request, "notes").listItem()).isEqualTo(type("WidgetNote"));
	}

	@Test
	void aPropertysDocumentationIsResolvedToJavadocOrSaysWhatKindOfValueItIs() {
		TypeModel.RecordType request = record("CreateWidgetRequest");
		TypeModel.Property addCategory = property(request, "add_category");
		assertThat(addCategory.javadoc()).isEqualTo("Whether a category may be added: its setter takes addCategory, "
				+ "so the adder of categories is addCategories.");
		assertThat(addCategory.summary()).isEqualTo(addCategory.javadoc());
		assertThat(addCategory.deprecation()).isNull();
		assertThat(property(request, "categories").javadoc())
			.isEqualTo("A list of strings (the API description says no more).");
		assertThat(property(request, "notes").summary()).isEqualTo(
				"A list of a {@link dev.reactiveai.openai.types.WidgetNote} (the API description says no more).");
		assertThat(record("WidgetList").properties()).filteredOn((property) -> property.jsonName().equals("has_more"))
			.singleElement()
			.extracting(TypeModel.Property::javadoc)
			.isEqualTo("Whether the list has more items after this page.");
		assertThat(record("Gadget").javadoc().toString())
			.isEqualTo("A gadget: its API reference name, \"The gadget object\", names its type.\n");
		assertThat(record("Widget").deprecation()).isNull();
	}

	@Test
	void literalsAreStringsWithTheirValueAndNoSetter() {
		TypeModel.RecordType userNote = record("UserNote");
		TypeModel.Property role = property(userNote, "role");
		assertThat(role.literal()).isEqualTo("user");
		assertThat(role.type()).isEqualTo(ModelGenerator.STRING);
		assertThat(role.required()).isTrue();
		assertThat(role.settable()).isFalse();
		assertThat(role.javadoc()).isEqualTo("Always {@code user}.");
		TypeModel.Property type = property(userNote, "type");
		assertThat(type.literal()).isEqualTo("note");
		assertThat(type.required()).isFalse();
		assertThat(property(userNote, "content").literal()).isNull();
		assertThat(property(userNote, "content").settable()).isTrue();
	}

	@Test
	void whatTheCallSetsIsMarkedAndHasNoShortcuts() {
		TypeModelReader reader = reader(ServiceFixtureTests.fixture(), ServiceFixtureTests.fixtureShortcuts());
		reader.setByTheCall(type("CreateWidgetRequest"), "stream");
		TypeModel.RecordType request = (TypeModel.RecordType) reader.component("CreateWidgetRequest");
		assertThat(property(request, "stream").byTheCall()).isTrue();
		assertThat(property(request, "stream").settable()).isFalse();
		assertThat(property(request, "name").byTheCall()).isFalse();
	}

	@Test
	void theShortcutsTableIsCheckedAgainstTheMessagesItAdds() {
		TypeModel.RecordType request = record("CreateWidgetRequest");
		assertThat(property(request, "notes").shortcuts())
			.extracting((shortcut) -> shortcut.line().role(), TypeModel.MessageShortcut::message,
					TypeModel.MessageShortcut::setsRole)
			.containsExactly(Tuple.tuple("user", type("UserNote"), false),
					Tuple.tuple("reviewer", type("ReviewNote"), true));
		assertThat(property(request, "input").shortcuts()).singleElement()
			.satisfies((shortcut) -> assertThat(shortcut.setsRole()).isTrue());
		assertThat(property(request, "categories").shortcuts()).isEmpty();
		this.reader.checkShortcutsApplied();
	}

	@Test
	void aShortcutToAMessageWithoutTheRoleFailsNamingIt() {
		BuilderShortcuts shortcuts = BuilderShortcuts.parse("CreateWidgetRequest\tnotes\tsystem\tReviewNote\n",
				"fixture/builder-shortcuts.tsv");
		TypeModelReader reader = reader(ServiceFixtureTests.fixture(), shortcuts);
		assertThatIllegalStateException().isThrownBy(() -> reader.component("CreateWidgetRequest"))
			.withMessageContaining("ReviewNote has no role 'system'");
	}

	@Test
	void anInlineObjectIsANestedRecordOfItsOwner() {
		TypeModel.RecordType gadget = record("Gadget");
		ClassName part = type("Gadget").nestedClass("Part");
		assertThat(property(gadget, "parts").type()).isEqualTo(ParameterizedTypeName.get(ModelGenerator.LIST, part));
		assertThat(gadget.nested()).extracting(TypeModel::name)
			.containsExactly(part, type("Gadget").nestedClass("ToolCall"));
		TypeModel.RecordType partModel = (TypeModel.RecordType) gadget.nested().get(0);
		assertThat(partModel.component()).isNull();
		assertThat(partModel.properties()).extracting(TypeModel.Property::jsonName).containsExactly("name");
		assertThat(partModel.javadoc().toString()).contains("An item of a {@link").contains("{@code parts}");
	}

	@Test
	void aUnionHasItsVariantsAndTheTableThatTellsThemApart() {
		TypeModel.UnionType note = union("WidgetNote");
		assertThat(note.variants()).containsExactly(type("UserNote"), type("ReviewNote"));
		assertThat(note.discriminator()).isEqualTo("type");
		assertThat(note.wrappers()).isEmpty();
		assertThat(note.subUnions()).isEmpty();
		assertThat(note.objects()).extracting(TypeModel.ObjectShape::type)
			.containsExactly(type("UserNote"), type("ReviewNote"));
		TypeModel.ObjectShape reviewNote = note.objects().get(1);
		assertThat(reviewNote.declaring()).containsExactly("role", "type", "content");
		assertThat(reviewNote.requiring()).containsExactly("role", "content");
		assertThat(reviewNote.values()).containsExactly(Map.entry("type", List.of("note")),
				Map.entry("role", List.of("reviewer", "owner")));
		assertThat(note.javadoc().toString()).isEqualTo(
				"A value in one of the forms {@link dev.reactiveai.openai.types.UserNote} or {@link dev.reactiveai.openai.types.ReviewNote}.\n");
	}

	@Test
	void aUnionWrapsTheVariantsThatAreNoObjects() {
		TypeModel.Property content = property(record("UserNote"), "content");
		ClassName contentName = type("UserNote").nestedClass("Content");
		assertThat(content.type()).isEqualTo(contentName);
		TypeModel.UnionType union = (TypeModel.UnionType) record("UserNote").nested().get(0);
		assertThat(union.component()).isNull();
		assertThat(union.discriminator()).isNull();
		assertThat(union.wrappers()).extracting(TypeModel.WrapperType::name, TypeModel.WrapperType::shape)
			.containsExactly(Tuple.tuple(contentName.nestedClass("StringValue"), "string"),
					Tuple.tuple(contentName.nestedClass("NotePartList"), "array"));
		assertThat(union.wrappers().get(1).valueType())
			.isEqualTo(ParameterizedTypeName.get(ModelGenerator.LIST, type("NotePart")));
		assertThat(union.variants()).containsExactly(contentName.nestedClass("StringValue"),
				contentName.nestedClass("NotePartList"));
		assertThat(union.nested()).isEqualTo(List.copyOf(union.wrappers()));
	}

	@Test
	void inlineVariantsAreNamedByTheirLiteralAndToldApartByTheDeclaredDiscriminator() {
		TypeModel.UnionType toolCall = (TypeModel.UnionType) record("Gadget").nested().get(1);
		ClassName name = type("Gadget").nestedClass("ToolCall");
		assertThat(toolCall.variants()).containsExactly(name.nestedClass("Function"), name.nestedClass("Custom"));
		assertThat(toolCall.nested()).allMatch(TypeModel.RecordType.class::isInstance);
		assertThat(toolCall.discriminator()).isEqualTo("type");
		assertThat(toolCall.objects().get(1).values()).containsExactly(Map.entry("type", List.of("custom")));
	}

	@Test
	void anAliasOfAnInlineUnionIsReadOnceTopLevelAndNamedAfterTheAlias() {
		TypeModel.RecordType summary = record("GadgetSummary");
		ClassName gadgetCall = ClassName.get(PACKAGE, "GadgetCall");
		assertThat(property(summary, "calls").type())
			.isEqualTo(ParameterizedTypeName.get(ModelGenerator.LIST, gadgetCall));
		assertThat(this.topLevel).containsOnlyKeys("GadgetCall");
		TypeModel.UnionType union = (TypeModel.UnionType) this.topLevel.get("GadgetCall");
		assertThat(union.variants()).containsExactly(gadgetCall.nestedClass("Press"), gadgetCall.nestedClass("Turn"));
		assertThat(this.reader.typeOf(ServiceFixtureTests.fixture().at("/components/schemas/Gadget-2/properties/calls"),
				new Owner(type("GadgetSummary")), "Calls"))
			.isEqualTo(ParameterizedTypeName.get(ModelGenerator.LIST, gadgetCall));
		assertThat(this.topLevel).hasSize(1);
	}

	@Test
	void anOpenEnumHasTheValuesItKnows() {
		TypeModel.Property role = property(record("ReviewNote"), "role");
		ClassName roleName = type("ReviewNote").nestedClass("Role");
		assertThat(role.type()).isEqualTo(roleName);
		assertThat(role.literal()).isNull();
		TypeModel.EnumType model = (TypeModel.EnumType) this.reader.model(roleName);
		assertThat(model).isNotNull();
		assertThat(model.values()).containsExactly("reviewer", "owner");
		assertThat(model.deprecation()).isNull();
		assertThat(model.javadoc().toString()).contains("{@code role}");
	}

	@Test
	void theEmittersWriteTheModelAndReadNoSchema() throws IOException {
		Path sources = Path.of("src/main/java/dev/reactiveai/openai/generator");
		List<String> writers;
		try (Stream<Path> files = Files.list(sources)) {
			writers = files.map((file) -> file.getFileName().toString().replace(".java", ""))
				.filter((name) -> name.endsWith("Emitter"))
				.sorted()
				.collect(Collectors.toCollection(ArrayList::new));
		}
		assertThat(writers).contains("RecordEmitter", "UnionEmitter", "OperationEmitter", "InputFormEmitter");
		writers.add("ServiceGenerator");
		writers.add("MultipartParts");
		for (String writer : writers) {
			assertThat(Files.readString(sources.resolve(writer + ".java"))).as(writer)
				.doesNotContain("import tools.jackson.databind.JsonNode;")
				.doesNotContain("import tools.jackson.databind.node.")
				.doesNotContain("schemas()")
				.doesNotContain("descriptions()")
				.doesNotContain(".typeOf(")
				.doesNotContain("recordSchema(")
				.doesNotContain("componentSchema(");
		}
		for (String typeEmitter : List.of("RecordEmitter", "RecordBuilderEmitter", "RecordReaderEmitter",
				"UnionEmitter", "OpenEnumEmitter")) {
			assertThat(Files.readString(sources.resolve(typeEmitter + ".java"))).as(typeEmitter).contains("TypeModel.");
		}
	}

	private TypeModel.RecordType record(String component) {
		return (TypeModel.RecordType) this.reader.component(component(component));
	}

	private TypeModel.UnionType union(String component) {
		return (TypeModel.UnionType) this.reader.component(component(component));
	}

	private static TypeModel.Property property(TypeModel.RecordType record, String jsonName) {
		return record.properties()
			.stream()
			.filter((property) -> property.jsonName().equals(jsonName))
			.findFirst()
			.orElseThrow();
	}

	/** The component of a Java name, as the fixture's types table names them. */
	private static String component(String javaName) {
		return switch (javaName) {
			case "Gadget" -> "GadgetObject";
			case "GadgetSummary" -> "Gadget-2";
			default -> javaName;
		};
	}

	private static ClassName type(String simpleName) {
		return ClassName.get(PACKAGE, simpleName);
	}

	private TypeModelReader reader(JsonNode spec, BuilderShortcuts shortcuts) {
		Schemas schemas = new Schemas(spec);
		Map<String, ApiModel.TypeDecl> declarations = new ApiModelReader(spec, schemas, PACKAGE)
			.types(ServiceFixtureTests.fixtureTypes());
		Map<String, TypeSpec.Builder> names = new HashMap<>();
		return new TypeModelReader(schemas, new Descriptions(schemas, spec), PACKAGE, declarations, shortcuts,
				(prefix) -> Owner.topLevel(PACKAGE, names, (model) -> {
					this.topLevel.put(model.name().simpleName(), model);
					return TypeSpec.classBuilder(model.name());
				}, declarations.values()
					.stream()
					.map((type) -> type.className().simpleName())
					.collect(Collectors.toSet()), prefix));
	}

}
