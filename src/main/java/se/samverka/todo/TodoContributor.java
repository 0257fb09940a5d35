package se.samverka.todo;

import java.util.List;

/**
 * Adds what a module has due to everyone's to-do list, in the manner of
 * {@link se.samverka.centre.ChecklistContributor}. A requirement on a centre's checklist that no contributor names
 * (the same centre and rule id) is listed by the to-do list itself, so a contributor that lists one puts it in words
 * the person can act on, with a date.
 */
public interface TodoContributor {

    /**
     * The items for the request's centres and person, read in a fixed number of statements however many centres
     * there are: the county's list asks for all of them.
     */
    List<TodoItem> items(TodoRequest request);
}
