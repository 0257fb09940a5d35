package se.samverka;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(SamverkaApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void theAgreementsRulesArePlainJava() {
        ArchRule rule = classes().that().resideInAPackage("se.samverka.rules..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "se.samverka.rules..")
                .because("the agreement's rules are plain Java, testable and readable without any framework");
        rule.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.samverka.rules"));
    }
}
