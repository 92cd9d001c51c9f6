package org.attain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import org.attain.security.CurrentUser;
import org.attain.security.RequiresRole;
import org.attain.security.Role;
import org.jspecify.annotations.NullMarked;
import org.springframework.stereotype.Component;

/**
 * The house rules, drawn from the compiled classes: rules stay pure Java, features do not run in circles, pages do
 * not import pages, and the database is reached through services.
 */
@AnalyzeClasses(packages = "org.attain", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Parsing, lights and scoring are plain Java, tested in milliseconds. */
    @ArchTest
    static final ArchRule rules_are_pure_java = noClasses()
            .that()
            .resideInAnyPackage("org.attain.targets..", "org.attain.status", "org.attain.assessment..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "com.vaadin..", "java.sql..", "javax.sql..", "jakarta..")
            .because("the rules are pure Java (STYLE.md)");

    /** Features lean on lower ones, never in a circle. */
    @ArchTest
    static final ArchRule features_are_free_of_cycles =
            slices().matching("org.attain.(*)..").should().beFreeOfCycles();

    /** A page links to another through {@code Routes}, never by importing its class. */
    @ArchTest
    static final ArchRule pages_do_not_import_pages = classes()
            .that()
            .areAnnotatedWith(Route.class)
            .should(new ArchCondition<JavaClass>("be used by no other screen") {
                @Override
                public void check(JavaClass page, ConditionEvents events) {
                    for (Dependency d : page.getDirectDependenciesToSelf()) {
                        JavaClass origin = d.getOriginClass();
                        boolean itself = origin.getName().split("\\$")[0].equals(page.getName());
                        if (!itself && origin.getPackageName().contains(".ui")) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }
            });

    /** Screens reach the database through services, never through a repository or SQL of their own. */
    @ArchTest
    static final ArchRule screens_use_services = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Repository")
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "org.springframework.jdbc..");

    /** Repositories are used by the services of their own feature. */
    @ArchTest
    static final ArchRule repositories_stay_in_their_feature = classes()
            .that()
            .haveSimpleNameEndingWith("Repository")
            .should()
            .onlyBeAccessed()
            .byClassesThat()
            .resideOutsideOfPackage("..ui..");

    /** A role guard that method security cannot see guards nothing: it sits on public methods of Spring beans. */
    @ArchTest
    static final ArchRule role_guards_sit_where_method_security_sees_them = methods()
            .that()
            .areAnnotatedWith(RequiresRole.class)
            .should()
            .bePublic()
            .andShould()
            .beDeclaredInClassesThat()
            .areMetaAnnotatedWith(Component.class);

    /** Services state who may call them with {@code @RequiresRole}; only screens ask for a role, to show or hide. */
    @ArchTest
    static final ArchRule services_declare_their_roles = noClasses()
            .that()
            .resideOutsideOfPackages("..ui..", "org.attain.security")
            .should()
            .callMethod(CurrentUser.class, "has", Role.class)
            .because("a service method names its roles with @RequiresRole (one style, checked by method security)");

    /** Every package says that its types are non-null unless marked {@code @Nullable}. */
    @ArchTest
    static final ArchRule every_package_is_null_marked = classes()
            .should(new ArchCondition<JavaClass>("reside in a package annotated @NullMarked") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    if (!type.getPackage().isAnnotatedWith(NullMarked.class)) {
                        events.add(SimpleConditionEvent.violated(
                                type,
                                type.getPackageName() + " has no package-info.java" + " annotated @NullMarked ("
                                        + type.getName() + ")"));
                    }
                }
            });
}
