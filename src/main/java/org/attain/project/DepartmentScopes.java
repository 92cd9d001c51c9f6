package org.attain.project;

/** The {@link DepartmentScope} of whoever is acting (implemented where accounts live). */
public interface DepartmentScopes {

    DepartmentScope current();
}
