/**
 * The to-do list ("Att göra"): what is due for the centres a person answers for and what waits for the person, from
 * every module through {@link se.samverka.todo.TodoContributor}; {@link se.samverka.todo.TodoList} is its API.
 */
package se.samverka.todo;
