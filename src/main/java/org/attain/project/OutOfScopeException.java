package org.attain.project;

import org.attain.i18n.MessageException;

/**
 * A project outside the reader's department, opened by address, exported or imported into: refused with a sentence
 * naming the project, its department and the reader's scope, never an empty page.
 */
public class OutOfScopeException extends MessageException {

    public OutOfScopeException(String project, String department, String scope) {
        super("scope.refused", project, department, scope);
    }
}
