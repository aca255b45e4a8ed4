/**
 * The Jupyter kernel for the notebooks (JShell with casescreen on the class path, speaking the
 * protocol through the optional jupyter-jvm-basekernel dependency) and the display helpers that show
 * tables, profiles, hypotheses and charts in a notebook. Not part of the library's API.
 */
package dk.casescreen.jupyter;
