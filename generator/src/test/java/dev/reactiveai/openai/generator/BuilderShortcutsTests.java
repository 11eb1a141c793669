package dev.reactiveai.openai.generator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The builder shortcuts table: read strictly, and every line checked against the records
 * it names when the fixture is generated with it.
 */
class BuilderShortcutsTests {

	private static final String FIXTURE_LINES = "CreateWidgetRequest\tnotes\tuser\tUserNote\n";

	@Test
	void theProjectsTableIsReadAndAppliedToTheDescription() {
		BuilderShortcuts table = BuilderShortcuts.load();
		assertThat(table.of("CreateChatCompletionRequest", "messages")).extracting(BuilderShortcuts.Shortcut::method)
			.containsExactly("addDeveloperMessage", "addSystemMessage", "addUserMessage", "addAssistantMessage");
		assertThat(table.of("CreateResponse", "input")).extracting(BuilderShortcuts.Shortcut::method)
			.containsExactly("addDeveloperMessage", "addSystemMessage", "addUserMessage", "addAssistantMessage");
	}

	@Test
	void aLineWithoutFourColumnsFailsNamingIt() {
		assertThatIllegalStateException()
			.isThrownBy(() -> BuilderShortcuts.parse("# a comment\nCreateWidgetRequest\tnotes\tuser\n", "t.tsv"))
			.withMessageContaining("t.tsv")
			.withMessageContaining("line 2 has 3 columns; write type, property, role and message type");
	}

	@Test
	void aMethodGivenTwiceFailsNamingTheLine() {
		assertThatIllegalStateException().isThrownBy(
				() -> BuilderShortcuts.parse(FIXTURE_LINES + "CreateWidgetRequest\tinput\tuser\tUserNote\n", "t.tsv"))
			.withMessageContaining("line 2 gives CreateWidgetRequest a second addUserMessage");
	}

	@Test
	void aRoleNotWrittenAsTheApiDoesFailsNamingTheLine() {
		assertThatIllegalStateException()
			.isThrownBy(() -> BuilderShortcuts.parse("CreateWidgetRequest\tnotes\tUser\tUserNote\n", "t.tsv"))
			.withMessageContaining("line 1 gives the role 'User'");
	}

	@Test
	void aLineForAPropertyNoRecordHasFailsGeneration() {
		assertThatIllegalStateException()
			.isThrownBy(() -> generate(FIXTURE_LINES + "CreateWidgetRequest\tgadgets\towner\tReviewNote\n"))
			.withMessageContaining("line 2 names CreateWidgetRequest.gadgets, which no generated record has");
	}

	@Test
	void aMessageWhoseRoleIsAlwaysAnotherFailsGeneration() {
		assertThatIllegalStateException().isThrownBy(() -> generate("CreateWidgetRequest\tnotes\tsystem\tUserNote\n"))
			.withMessageContaining("line 1: UserNote's role is always 'user', not 'system'");
	}

	@Test
	void aMessageThatCannotHaveTheRoleFailsGeneration() {
		assertThatIllegalStateException().isThrownBy(() -> generate("CreateWidgetRequest\tnotes\tguest\tReviewNote\n"))
			.withMessageContaining("line 1: ReviewNote has no role 'guest'; its roles are [reviewer, owner]");
	}

	@Test
	void aMessageWithoutTextContentFailsGeneration() {
		assertThatIllegalStateException().isThrownBy(() -> generate("CreateWidgetRequest\tnotes\tuser\tNotePart\n"))
			.withMessageContaining("line 1: NotePart has no content that may be text");
	}

	@Test
	void messagesAreAddedOnlyToLists() {
		assertThatIllegalStateException().isThrownBy(() -> generate("CreateWidgetRequest\tname\tuser\tUserNote\n"))
			.withMessageContaining("CreateWidgetRequest.name is no list");
	}

	private static void generate(String table) {
		new Generator(ServiceFixtureTests.fixture(), ServiceFixtureTests.fixtureNames(),
				ServiceFixtureTests.fixtureTypes(), BuilderShortcuts.parse(table, "fixture table"))
			.generate();
	}

}
