"""warta.eval"""
