"""warta.annotate"""
