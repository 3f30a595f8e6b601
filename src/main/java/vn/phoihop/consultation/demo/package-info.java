/**
 * Demo data of the consultation module: the 2021 consultation on the coordination regulation (Dự thảo 1 and 2, the
 * 63 provinces' Party committees and police forces, about 150 comments with dispositions) and an open round.
 */
package vn.phoihop.consultation.demo;
